"""Taking feedback in: from the public form at an event, or typed in by staff.

Public sends carry a key made when the form was shown. The same key twice returns the
first item, so a double tap or a retry on a bad connection never makes a duplicate;
two sends racing each other are settled by a unique constraint.
"""

import hashlib

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.people.models import PersonKind

from .choices import GiverKind, Source, Visibility
from .models import TEXT_LIMIT, FeedbackEvent, FeedbackItem

KEY_LIMIT = 64


def _clean_text(text: str) -> str:
    """Keep what someone typed as plain text; refuse empty or overlong feedback."""
    text = (text or "").strip()
    if not text:
        raise ServiceError("Enter your feedback.", field="text")
    if len(text) > TEXT_LIMIT:
        raise ServiceError(
            f"Your feedback is {len(text):,} characters long. Use {TEXT_LIMIT:,} or fewer.",
            field="text",
        )
    return text


def _earlier(programme, key: str, fingerprint: str = "") -> FeedbackItem | None:
    """Return the item an earlier send of this form made, if there was one (one query)."""
    match = Q(submission_key=key) if key else Q(pk__in=[])
    if fingerprint:
        match |= Q(fingerprint=fingerprint)
    if not key and not fingerprint:
        return None
    return FeedbackItem.objects.filter(match, programme_id=programme.pk).order_by().first()


class TooMany(ServiceError):
    """The sender has sent too much lately; nothing was stored."""


def fingerprint_of(*, browser_secret: str, event: FeedbackEvent, text: str) -> str:
    """Hash the sending browser's secret with the event and the words, to spot a resend."""
    if not browser_secret:
        return ""
    words = " ".join((text or "").split()).casefold()
    return hashlib.sha256(f"{browser_secret}|{event.pk}|{words}".encode()).hexdigest()


def _store(item: FeedbackItem, *, actor) -> FeedbackItem:
    """Save a new item with its audit entry, or return the one a racing send made."""
    try:
        with transaction.atomic():
            item.save()
            audit.record(
                actor=actor,
                action="feedback.create",
                target=item,
                programme=item.programme,
                changes={"source": [None, item.source], "event": [None, str(item.event or "")]},
            )
    except IntegrityError:
        # The same form key or words from the same browser: the earlier send stands.
        repeat = _earlier(item.programme, item.submission_key, item.fingerprint)
        if repeat is None:
            raise
        repeat.was_repeat = True
        return repeat
    item.was_repeat = False
    return item


def feedback_give(
    *,
    event: FeedbackEvent,
    text: str,
    giver_kind: str = GiverKind.PUBLIC,
    contact_name: str = "",
    contact_email: str = "",
    wants_reply: bool = False,
    submission_key: str = "",
    fingerprint: str = "",
    admit=None,
    too_many: str = "",
) -> FeedbackItem:
    """Take one comment from the public form at an event; no account needed.

    A send is a repeat when its form key was seen, or when the same browser already sent
    the same words to this event (going back and sending again makes a new form key). The
    database's unique constraints decide, so a first send costs no extra query; `admit`
    is the caller's rate limit, and when it says no TooMany is raised with `too_many`.
    """
    key = (submission_key or "")[:KEY_LIMIT]
    if not event.is_open:
        repeat = _earlier(event.programme, key, fingerprint)
        if repeat is not None:  # sent while it was open; this is a retry
            repeat.was_repeat = True
            return repeat
        raise ServiceError(
            "This event has stopped taking feedback. Nothing you typed has been sent."
        )
    if admit is not None and not admit():
        raise TooMany(too_many)
    if giver_kind not in GiverKind.values:
        raise ServiceError("Choose who you are.", field="giver_kind")
    contact_email = (contact_email or "").strip()
    if wants_reply and not contact_email:
        raise ServiceError(
            "Give your email address so we can tell you what happened, or untick the box.",
            field="contact_email",
        )
    item = FeedbackItem(
        programme=event.programme,
        event=event,
        group_id=event.group_id,  # no query for the group: only its id is stored
        text=_clean_text(text),
        source=event.source,
        received_on=timezone.localdate(),
        giver_kind=giver_kind,
        contact_name=(contact_name or "").strip()[:200] if wants_reply else "",
        contact_email=contact_email if wants_reply else "",
        wants_reply=bool(wants_reply),
        submission_key=key,
        fingerprint=fingerprint,
    )
    return _store(item, actor=None)


def feedback_enter(
    *,
    actor,
    programme,
    text: str,
    source: str,
    received_on,
    giver_kind: str,
    event: FeedbackEvent | None = None,
    group=None,
    giver=None,
    contact_name: str = "",
    contact_email: str = "",
    wants_reply: bool = False,
    visibility: str = Visibility.INTERNAL,
    submission_key: str = "",
) -> FeedbackItem:
    """Type in feedback on someone's behalf: a paper form, a phone call, a letter."""
    access.require(actor, "manage_feedback", programme)
    key = (submission_key or "")[:KEY_LIMIT]
    repeat = _earlier(programme, key)
    if repeat is not None:
        repeat.was_repeat = True
        return repeat
    if source not in Source.values:
        raise ServiceError("Choose where the feedback came from.", field="source")
    if received_on is None or received_on > timezone.localdate():
        raise ServiceError("Enter the date it was given: today or earlier.", field="received_on")
    if event is not None and event.programme_id != programme.pk:
        raise ServiceError("Choose an event in this programme.", field="event")
    if group is not None and group.programme_id != programme.pk:
        raise ServiceError("Choose a group in this programme.", field="group")
    if giver is not None:
        if not giver.programmes.filter(pk=programme.pk).exists():
            raise ServiceError("Choose someone on this programme's register.", field="giver")
        lay = giver.kind == PersonKind.LAY_PARTNER
        giver_kind = GiverKind.LAY_PARTNER if lay else GiverKind.PROFESSIONAL
    if giver_kind not in GiverKind.values:
        raise ServiceError("Choose who gave the feedback.", field="giver_kind")
    if visibility not in Visibility.values:
        raise ServiceError("Choose who may see it.", field="visibility")
    contact_email = (contact_email or "").strip()
    if wants_reply and not contact_email:
        raise ServiceError(
            "Give an email address to reply to, or untick the box.", field="contact_email"
        )
    item = FeedbackItem(
        programme=programme,
        event=event,
        group=group or (event.group if event else None),
        text=_clean_text(text),
        source=source,
        received_on=received_on,
        giver=giver,
        giver_kind=giver_kind,
        contact_name=(contact_name or "").strip()[:200] if wants_reply else "",
        contact_email=contact_email if wants_reply else "",
        wants_reply=bool(wants_reply),
        visibility=visibility,
        entered_by=actor,
        submission_key=key,
    )
    return _store(item, actor=actor)
