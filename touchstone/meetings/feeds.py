"""Secret calendar addresses, so calendar apps can subscribe without signing in.

The token is shown once, when it is made; only its SHA-256 hash is stored. Making a new
link for the same person or group replaces the old one, which then stops working.
"""

import hashlib
import re
import secrets

from django.db import transaction

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import CalendarFeed, Meeting

TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,64}")


def hash_feed_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _replace(*, actor, owner: dict, programme) -> str:
    token = secrets.token_urlsafe(32)
    feed, created = CalendarFeed.objects.update_or_create(
        **owner, defaults={"token_hash": hash_feed_token(token), "created_by": actor}
    )
    audit.record(
        actor=actor,
        action="calendar_feed.create" if created else "calendar_feed.replace",
        target=feed,
        programme=programme,
    )
    return token


@transaction.atomic
def person_feed_create(*, actor) -> str:
    """Make (or remake) the signed-in person's own calendar link; return its token."""
    person = getattr(actor, "person", None) if actor.is_authenticated else None
    if person is None:
        raise ServiceError(
            "Your sign-in is not linked to anyone on a programme's register, so there are "
            "no meetings to put in a calendar. Ask your programme manager to link it."
        )
    return _replace(actor=actor, owner={"person": person}, programme=None)


@transaction.atomic
def group_feed_create(*, actor, group) -> str:
    """Make (or remake) a group's calendar link, for a manager to share; return its token."""
    access.require(actor, "change", group.programme)
    return _replace(actor=actor, owner={"group": group}, programme=group.programme)


def feed_exists(**owner) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(**owner).first()


def meetings_for_token(token: str) -> tuple[str, list[Meeting]] | None:
    """Return the feed's name and meetings, or None when the token is malformed or unknown."""
    if not TOKEN_SHAPE.fullmatch(token or ""):
        return None
    feed = (
        CalendarFeed.objects.filter(token_hash=hash_feed_token(token))
        .select_related("person", "group__programme")
        .first()
    )
    if feed is None:
        return None
    meetings = Meeting.objects.select_related("programme", "group").prefetch_related("agenda_items")
    if feed.group_id:
        name = f"{feed.group.name} meetings"
        meetings = meetings.filter(group=feed.group)
    else:
        name = "My Touchstone meetings"
        meetings = meetings.filter(attendances__person=feed.person)
    return name, list(meetings.order_by("start", "pk"))
