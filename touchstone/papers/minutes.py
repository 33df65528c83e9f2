"""Minutes: drafted by programme managers, sent to those who attended, then approved.

Status runs drafted -> circulated -> approved. Changing circulated minutes puts them back
to draft, so attendees always get the words that will be approved. Approved minutes are
the record and cannot change.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from touchstone.accounts import access
from touchstone.accounts.tasks import send_email_task
from touchstone.core import audit
from touchstone.core.errors import ServiceError

from .models import Minutes, MinutesStatus
from .selectors import approving_meetings_for, attendees_of, wants_email

CHANGE = "change"
MAX_CHARACTERS = 100_000
APPROVED = "These minutes have been approved, so they cannot be changed."


def minutes_save(*, actor, meeting, text: str) -> Minutes:
    """Write or change the minutes of a meeting, as a draft."""
    access.require(actor, CHANGE, meeting.programme)
    text = (text or "").strip()
    if not text:
        raise ServiceError("Write the minutes.", field="text")
    if len(text) > MAX_CHARACTERS:
        raise ServiceError("The minutes must be 100,000 characters or fewer.", field="text")
    with transaction.atomic():
        minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
        if minutes and minutes.is_approved:
            raise ServiceError(APPROVED, field="text")
        created = minutes is None
        minutes = minutes or Minutes(meeting=meeting)
        before = audit.snapshot(minutes, ["text", "status"])
        minutes.text, minutes.status, minutes.updated_by = text, MinutesStatus.DRAFTED, actor
        minutes.save()
        audit.record(
            actor=actor,
            action="minutes.draft" if created else "minutes.edit",
            target=minutes,
            programme=meeting.programme,
            changes=audit.diff(before, audit.snapshot(minutes, ["text", "status"])),
        )
    return minutes


def minutes_circulate(*, actor, minutes: Minutes, base_url: str) -> list:
    """Send draft minutes to everyone who attended; return who needs a printed copy."""
    meeting = minutes.meeting
    access.require(actor, CHANGE, meeting.programme)
    if minutes.status != MinutesStatus.DRAFTED:
        raise ServiceError("Only draft minutes can be sent to attendees.")
    attendees = attendees_of(meeting)
    if not attendees:
        raise ServiceError("Nobody is recorded as attending this meeting. Record attendance first.")
    by_email = [person for person in attendees if wants_email(person)]
    with transaction.atomic():
        minutes.status, minutes.circulated_at = MinutesStatus.CIRCULATED, timezone.now()
        minutes.save(update_fields=["status", "circulated_at", "updated_at"])
        audit.record(
            actor=actor,
            action="minutes.circulate",
            target=minutes,
            programme=meeting.programme,
            changes={"status": [MinutesStatus.DRAFTED, MinutesStatus.CIRCULATED]},
        )
        transaction.on_commit(lambda: _send(minutes, by_email, base_url))
    return [person for person in attendees if not wants_email(person)]


def _send(minutes: Minutes, people: list, base_url: str) -> None:
    """Email the draft minutes to each attendee, one message each so addresses stay private."""
    meeting = minutes.meeting
    page = base_url.rstrip("/") + reverse(
        "papers:meeting_papers", args=[meeting.programme.slug, meeting.pk]
    )
    for person in people:
        body = (
            f"Dear {person.full_name},\n\nHere are the draft minutes of {meeting}. "
            "They will be approved at the next meeting; tell us before then if anything "
            f"is wrong or missing.\n\n{minutes.text}\n\nYou can also read them here:\n{page}\n"
        )
        send_email_task.enqueue(
            subject=f"Draft minutes: {meeting.title}", body=body, to=[person.email]
        )


def minutes_approve(*, actor, minutes: Minutes, at_meeting) -> Minutes:
    """Record that the minutes were approved at a later meeting of the same group."""
    meeting = minutes.meeting
    access.require(actor, CHANGE, meeting.programme)
    if minutes.status != MinutesStatus.CIRCULATED:
        raise ServiceError("Send the minutes to attendees before they are approved.")
    if at_meeting is None or not approving_meetings_for(meeting).filter(pk=at_meeting.pk).exists():
        raise ServiceError(
            "Choose a later meeting of the same group, going ahead.", field="at_meeting"
        )
    with transaction.atomic():
        minutes.status, minutes.approved_at = MinutesStatus.APPROVED, timezone.now()
        minutes.approved_at_meeting = at_meeting
        minutes.save(update_fields=["status", "approved_at", "approved_at_meeting", "updated_at"])
        audit.record(
            actor=actor,
            action="minutes.approve",
            target=minutes,
            programme=meeting.programme,
            changes={
                "status": [MinutesStatus.CIRCULATED, MinutesStatus.APPROVED],
                "approved_at_meeting": [None, str(at_meeting)],
            },
        )
    return minutes
