"""Write operations on meetings, agendas and attendance.

Every change goes through here so the audit log never misses one, and so each change
raises the meeting's iCalendar SEQUENCE: calendar apps replace their copy only when
that number goes up.
"""

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from touchstone.accounts import access
from touchstone.core import audit
from touchstone.core.errors import ServiceError
from touchstone.people.models import Person
from touchstone.programmes.selectors import active_q, seated_q

from . import notices
from .models import (
    ACCESS_FEATURES,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
)

MEETING_FIELDS = [
    "kind",
    "title",
    "start",
    "duration_minutes",
    "address",
    *ACCESS_FEATURES,
    "online_link",
    "chair",
]
LONGEST_MEETING = 12 * 60
# Changes people must hear about; a new chair or title alone does not warrant an email.
NEWSWORTHY = {"start", "duration_minutes", "address", "online_link"}


def _check(values: dict, *, programme, now) -> dict:
    """Tidy a meeting's details and refuse what cannot be right, saying how to fix it."""
    values["title"] = (values.get("title") or "").strip()
    values["address"] = (values.get("address") or "").strip()
    values["online_link"] = (values.get("online_link") or "").strip()
    if not values["title"]:
        raise ServiceError("Enter a title for the meeting.", field="title")
    if values.get("kind") not in MeetingKind.values:
        raise ServiceError("Choose what kind of meeting this is.", field="kind")
    start = values.get("start")
    if not isinstance(start, datetime.datetime) or timezone.is_naive(start):
        raise ServiceError("Enter the date and time the meeting starts.", field="start")
    if start < now:
        raise ServiceError(
            "The meeting cannot start in the past. Enter a date and time still to come.",
            field="start",
        )
    duration = values.get("duration_minutes")
    if not isinstance(duration, int) or not 1 <= duration <= LONGEST_MEETING:
        raise ServiceError(
            "Enter how long the meeting lasts, in minutes, from 1 to 720 (12 hours).",
            field="duration_minutes",
        )
    if not values["address"] and not values["online_link"]:
        raise ServiceError(
            "Give the address of the place, an online link, or both.", field="address"
        )
    chair = values.get("chair")
    if chair is not None and not chair.programmes.filter(pk=programme.pk).exists():
        raise ServiceError("The chair must be on this programme's register.", field="chair")
    return values


def _invite_group(meeting: Meeting) -> int:
    """Invite everyone who will hold a seat in the group on the day of the meeting."""
    on = timezone.localtime(meeting.start).date()
    people = (
        Person.objects.filter(memberships__group=meeting.group)
        .filter(active_q("memberships__", on=on) & seated_q("memberships__"))
        .distinct()
    )
    rows = [Attendance(meeting=meeting, person=person) for person in people]
    Attendance.objects.bulk_create(rows)
    return len(rows)


@transaction.atomic
def meeting_create(*, actor, programme, group, **values) -> Meeting:
    """Schedule a meeting of a group and invite everyone seated in it."""
    access.require(actor, "change", programme)
    if group.programme_id != programme.pk:
        raise ServiceError("Choose one of this programme's groups.", field="group")
    unknown = set(values) - set(MEETING_FIELDS)
    if unknown:
        raise ServiceError(f"These fields cannot be set: {', '.join(sorted(unknown))}.")
    values = _check(values, programme=programme, now=timezone.now())
    meeting = Meeting.objects.create(programme=programme, group=group, **values)
    invited = _invite_group(meeting)
    notices.announce(meeting, "invitation")
    audit.record(
        actor=actor,
        action="meeting.create",
        target=meeting,
        programme=programme,
        changes={
            "group": group.name,
            **audit.snapshot(meeting, MEETING_FIELDS),
            "invited": invited,
        },
    )
    return meeting


def _require_open(meeting: Meeting) -> None:
    if meeting.is_cancelled:
        raise ServiceError("This meeting has been cancelled, so it cannot be changed.")


@transaction.atomic
def meeting_update(*, actor, meeting: Meeting, **values) -> Meeting:
    """Change a meeting's details; calendars pick up the change through its SEQUENCE."""
    programme = meeting.programme
    access.require(actor, "change", programme)
    _require_open(meeting)
    unknown = set(values) - set(MEETING_FIELDS)
    if unknown:
        raise ServiceError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    before = audit.snapshot(meeting, MEETING_FIELDS)
    merged = {name: getattr(meeting, name) for name in MEETING_FIELDS} | values
    # A meeting already under way may keep its start; only a new start must be to come.
    now = min(timezone.now(), meeting.start)
    merged = _check(merged, programme=programme, now=now)
    for name in MEETING_FIELDS:
        setattr(meeting, name, merged[name])
    changes = audit.diff(before, audit.snapshot(meeting, MEETING_FIELDS))
    if not changes:
        return meeting
    meeting.sequence += 1
    meeting.save()
    audit.record(
        actor=actor, action="meeting.update", target=meeting, programme=programme, changes=changes
    )
    if set(changes) & NEWSWORTHY:
        notices.announce(meeting, "change")
    return meeting


@transaction.atomic
def meeting_cancel(*, actor, meeting: Meeting, reason: str = "") -> Meeting:
    """Cancel a meeting, keeping it and its invitations so calendars show it as cancelled."""
    access.require(actor, "change", meeting.programme)
    _require_open(meeting)
    meeting.status = MeetingStatus.CANCELLED
    meeting.sequence += 1
    meeting.save(update_fields=["status", "sequence", "updated_at"])
    audit.record(
        actor=actor,
        action="meeting.cancel",
        target=meeting,
        programme=meeting.programme,
        changes={"reason": reason.strip()},
    )
    notices.announce(meeting, "cancellation")
    return meeting


def _touch(meeting: Meeting) -> None:
    """Raise the SEQUENCE after an agenda change: the agenda is in the calendar entry."""
    meeting.sequence += 1
    meeting.save(update_fields=["sequence", "updated_at"])


@transaction.atomic
def agenda_item_add(
    *, actor, meeting: Meeting, title: str, lead: str = "", minutes: int | None = None
) -> AgendaItem:
    """Add an item to the end of a meeting's agenda."""
    access.require(actor, "change", meeting.programme)
    _require_open(meeting)
    title, lead = title.strip(), lead.strip()
    if not title:
        raise ServiceError("Enter what the agenda item is about.", field="title")
    if minutes is not None and not 1 <= minutes <= LONGEST_MEETING:
        raise ServiceError("Enter the time allowed in minutes, from 1 to 720.", field="minutes")
    last = meeting.agenda_items.aggregate(last=Max("position"))["last"]
    item = AgendaItem.objects.create(
        meeting=meeting,
        position=0 if last is None else last + 1,
        title=title,
        lead=lead,
        minutes=minutes,
    )
    _touch(meeting)
    audit.record(
        actor=actor,
        action="agenda_item.add",
        target=meeting,
        programme=meeting.programme,
        changes={"agenda item": title, "lead": lead, "minutes": minutes},
    )
    return item


@transaction.atomic
def agenda_item_remove(*, actor, item: AgendaItem) -> None:
    """Take an item off a meeting's agenda."""
    meeting = item.meeting
    access.require(actor, "change", meeting.programme)
    _require_open(meeting)
    title = item.title
    item.delete()
    _touch(meeting)
    audit.record(
        actor=actor,
        action="agenda_item.remove",
        target=meeting,
        programme=meeting.programme,
        changes={"agenda item": title},
    )


def _reply_change(old: str, new: str) -> dict:
    """Describe a change of status in words: the record of changes shows "Was" and "Now"."""
    labels = dict(AttendanceStatus.choices)
    return {"was": labels[old], "now": labels[new]}


def _record_one(*, actor, meeting: Meeting, person, status: str) -> Attendance:
    if status not in AttendanceStatus.values:
        raise ServiceError("Choose a status from the list.", field="status")
    if meeting.is_cancelled:
        raise ServiceError("This meeting was cancelled, so there is no attendance to record.")
    happened = status in (AttendanceStatus.ATTENDED, AttendanceStatus.ABSENT)
    if happened and meeting.start > timezone.now():
        raise ServiceError(
            "You can record who attended once the meeting has started. Before then, record "
            "whether they are coming or have sent apologies.",
            field="status",
        )
    attendance = Attendance.objects.filter(meeting=meeting, person=person).first()
    if attendance is None:
        raise ServiceError(f"{person} was not invited to this meeting.", field="person")
    return _set_status(
        actor=actor, attendance=attendance, status=status, action="attendance.record"
    )


@transaction.atomic
def attendance_record(*, actor, meeting: Meeting, person, status: str) -> Attendance:
    """Record one person's reply or attendance, for example for someone who phoned in."""
    access.require(actor, "change", meeting.programme)
    return _record_one(actor=actor, meeting=meeting, person=person, status=status)


@transaction.atomic
def attendance_record_many(*, actor, meeting: Meeting, statuses: dict) -> int:
    """Record several people's status at once: all are saved, or none are.

    `statuses` maps each Person to a status. Returns how many changed.
    """
    access.require(actor, "change", meeting.programme)
    before = dict(meeting.attendances.values_list("person_id", "status"))
    for person, status in statuses.items():
        _record_one(actor=actor, meeting=meeting, person=person, status=status)
    return sum(1 for person, status in statuses.items() if before.get(person.pk) != status)


REPLIES = (AttendanceStatus.ACCEPTED, AttendanceStatus.APOLOGIES)


def _set_status(*, actor, attendance: Attendance, status: str, action: str) -> Attendance:
    """Save a new status and record the change; saving the same status changes nothing."""
    if attendance.status != status:
        old = attendance.status
        attendance.status = status
        attendance.save(update_fields=["status", "updated_at"])
        audit.record(
            actor=actor,
            action=action,
            target=attendance,
            programme=attendance.meeting.programme,
            changes=_reply_change(old, status),
        )
    return attendance


@transaction.atomic
def attendance_reply(*, actor, meeting: Meeting, status: str) -> Attendance:
    """Let an invited person say for themselves whether they are coming."""
    access.require(actor, "view", meeting.programme)
    person = getattr(actor, "person", None)
    attendance = meeting.attendances.filter(person=person).first() if person else None
    if attendance is None:
        raise ServiceError("You are not invited to this meeting, so there is nothing to reply to.")
    if status not in REPLIES:
        raise ServiceError("Choose whether you are coming or sending apologies.", field="status")
    if meeting.is_cancelled:
        raise ServiceError("This meeting was cancelled, so there is no need to reply.")
    if meeting.start <= timezone.now():
        raise ServiceError("This meeting has started, so replies are closed.")
    return _set_status(actor=actor, attendance=attendance, status=status, action="attendance.reply")
