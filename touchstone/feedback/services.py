"""Changing events and feedback: open and close events, tag, respond, and tell people.

Each change is audited in the same transaction. A response is emailed only to people
who left an address and asked to hear back, once, after the change is saved.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.tasks import send_email_task
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from . import selectors
from .choices import FeedbackStatus, Outcome, Source, Visibility
from .models import FeedbackEvent, FeedbackItem, ResultsPage, Theme

MANAGE = "manage_feedback"


def event_create(*, actor, programme, title, held_on, source, question, group=None, meeting=None):
    """Open an event for feedback, with its own short link."""
    access.require(actor, MANAGE, programme)
    title, question = (title or "").strip(), (question or "").strip()
    if not title:
        raise ServiceError("Enter a title for the event.", field="title")
    if not question:
        raise ServiceError("Enter the question people will see.", field="question")
    if held_on is None:
        raise ServiceError("Enter the date of the event.", field="held_on")
    if source not in Source.values:
        raise ServiceError("Choose what kind of event this is.", field="source")
    if group is not None and group.programme_id != programme.pk:
        raise ServiceError("Choose a group in this programme.", field="group")
    if meeting is not None and meeting.programme_id != programme.pk:
        raise ServiceError("Choose a meeting in this programme.", field="meeting")
    with transaction.atomic():
        event = FeedbackEvent.objects.create(
            programme=programme,
            title=title,
            held_on=held_on,
            source=source,
            question=question,
            group=group or (meeting.group if meeting else None),
            meeting=meeting,
        )
        audit.record(
            actor=actor,
            action="feedback_event.create",
            target=event,
            programme=programme,
            changes={"title": [None, title], "held_on": [None, held_on.isoformat()]},
        )
    return event


def event_set_open(*, actor, event: FeedbackEvent, is_open: bool) -> FeedbackEvent:
    """Start or stop taking feedback through the event's link."""
    access.require(actor, MANAGE, event.programme)
    if event.is_open == is_open:
        return event
    with transaction.atomic():
        event.is_open = is_open
        event.save(update_fields=["is_open"])
        audit.record(
            actor=actor,
            action="feedback_event.open" if is_open else "feedback_event.close",
            target=event,
            programme=event.programme,
        )
        transaction.on_commit(lambda: selectors.event_forget(event))
    return event


def theme_get_or_create(*, actor, programme, name: str) -> Theme:
    """Return the programme's theme of that name, adding it the first time."""
    access.require(actor, MANAGE, programme)
    name = " ".join((name or "").split())
    if not name:
        raise ServiceError("Enter a name for the theme.", field="new_theme")
    if len(name) > 100:
        raise ServiceError("Use 100 characters or fewer for a theme.", field="new_theme")
    existing = Theme.objects.filter(programme=programme, name__iexact=name).first()
    if existing:
        return existing
    with transaction.atomic():
        theme = Theme.objects.create(programme=programme, name=name)
        audit.record(actor=actor, action="theme.create", target=theme, programme=programme)
    return theme


def item_triage(*, actor, item: FeedbackItem, themes, status: str, visibility: str):
    """Tag an item with themes, and say whether it is being considered and who may see it."""
    programme = item.programme
    access.require(actor, MANAGE, programme)
    if any(theme.programme_id != programme.pk for theme in themes):
        raise ServiceError("Choose themes from this programme.", field="themes")
    if visibility not in Visibility.values:
        raise ServiceError("Choose who may see it.", field="visibility")
    if status not in FeedbackStatus.values:
        raise ServiceError("Choose a status.", field="status")
    if status == FeedbackStatus.RESPONDED and not item.response:
        raise ServiceError("Write the response first; that marks it as responded.", field="status")
    if status != FeedbackStatus.RESPONDED and item.response:
        raise ServiceError(
            "This feedback has a response. Change the response rather than the status.",
            field="status",
        )
    before = {
        "themes": sorted(t.name for t in item.themes.all()),
        "status": item.status,
        "visibility": item.visibility,
    }
    after = {"themes": sorted(t.name for t in themes), "status": status, "visibility": visibility}
    with transaction.atomic():
        item.status, item.visibility = status, visibility
        item.save(update_fields=["status", "visibility"])
        item.themes.set(themes)
        audit.record(
            actor=actor,
            action="feedback.triage",
            target=item,
            programme=programme,
            changes=audit.diff(before, after),
        )
    return item


def item_respond(*, actor, item: FeedbackItem, outcome: str, response: str, base_url: str):
    """Say what we did about a piece of feedback, or why it could not change.

    The first response emails the person if they asked to hear back; later edits do not
    email again.
    """
    programme = item.programme
    access.require(actor, MANAGE, programme)
    response = (response or "").strip()
    if outcome not in Outcome.values:
        raise ServiceError("Choose what happened because of this feedback.", field="outcome")
    if not response:
        raise ServiceError(
            "Write what was done, or why it could not change, in words the person will understand.",
            field="response",
        )
    if len(response) > 2000:
        raise ServiceError("Use 2,000 characters or fewer for the response.", field="response")
    before = audit.snapshot(item, ["outcome", "response", "status"])
    now = timezone.now()
    with transaction.atomic():
        item.outcome, item.response, item.status = outcome, response, FeedbackStatus.RESPONDED
        item.responded_at = item.responded_at or now
        send = item.wants_reply and item.contact_email and item.reply_sent_at is None
        if send:
            item.reply_sent_at = now
        item.save(update_fields=["outcome", "response", "status", "responded_at", "reply_sent_at"])
        audit.record(
            actor=actor,
            action="feedback.respond",
            target=item,
            programme=programme,
            changes=audit.diff(before, audit.snapshot(item, ["outcome", "response", "status"])),
        )
        if send:
            transaction.on_commit(lambda: _tell_giver(item, base_url))
    return item


def _tell_giver(item: FeedbackItem, base_url: str) -> None:
    """Email the person who gave the feedback what happened because of it."""
    page = base_url.rstrip("/") + reverse("give:results", args=[item.programme.slug])
    greeting = f"Dear {item.contact_name}," if item.contact_name else "Hello,"
    body = (
        f"{greeting}\n\nThank you for your feedback to {item.programme.name}. You said:\n\n"
        f"    {item.text}\n\n{item.get_outcome_display()}. {item.response}\n\n"
        f"You can see what everyone told us and what we did about it here:\n{page}\n\n"
        "You asked us to tell you when we had responded. We will not email you again "
        "about this.\n"
    )
    send_email_task.enqueue(
        subject=f"What happened to your feedback to {item.programme.name}",
        body=body,
        to=[item.contact_email],
    )


def results_page_update(*, actor, programme, is_published: bool, introduction: str):
    """Open or close the public 'you said, we did' page, and set its introduction."""
    access.require(actor, MANAGE, programme)
    page, _ = ResultsPage.objects.get_or_create(programme=programme)
    fields = ["is_published", "introduction"]
    before = audit.snapshot(page, fields)
    with transaction.atomic():
        page.is_published, page.introduction = bool(is_published), (introduction or "").strip()
        page.save()
        audit.record(
            actor=actor,
            action="results_page.update",
            target=page,
            programme=programme,
            changes=audit.diff(before, audit.snapshot(page, fields)),
        )
    return page
