"""Telling people about meetings: invitations, changes, cancellations and reminders.

Email goes to everyone invited who has an address and has not asked for post, with the
meeting attached as an .ics file their calendar can add. People who asked for post (as
their way of being contacted, or as a support need) get a printed letter: the letters
page lists them, so staff never forget someone without a computer.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from touchstone.people.models import ContactMethod, Person

from .calendars import calendar_for, description_of
from .models import Attendance, AttendanceStatus, Meeting, SupportNeeds

REMIND_BEFORE = datetime.timedelta(days=2)
OPENING = {
    "invitation": "You are invited to",
    "change": "There is a change to",
    "cancellation": "This meeting has been cancelled:",
    "reminder": "A reminder that you are invited to",
}
SUBJECT = {
    "invitation": "Invitation",
    "change": "Changed",
    "cancellation": "Cancelled",
    "reminder": "Reminder",
}


def wants_post(person: Person) -> bool:
    """Say whether the person asked for letters rather than email."""
    if person.preferred_contact == ContactMethod.POST or not person.email:
        return True
    needs = SupportNeeds.objects.filter(person=person).values_list("needs", flat=True).first()
    return bool(needs and "papers_by_post" in needs)


def _recipients(meeting: Meeting) -> list[Person]:
    left_out = (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)
    rows = meeting.attendances.exclude(status__in=left_out).select_related("person")
    return [row.person for row in rows]


def letters_for(meeting: Meeting) -> list[Person]:
    """The people invited who get this meeting's news by post."""
    return [person for person in _recipients(meeting) if wants_post(person)]


def page_link(meeting: Meeting) -> str:
    return settings.SITE_URL.rstrip("/") + meeting.get_absolute_url()


def body_of(meeting: Meeting, kind: str, person: Person) -> str:
    """The words of an email or letter about a meeting, in plain English."""
    where = ", ".join(line.strip() for line in meeting.address.splitlines() if line.strip())
    lines = [
        f"Dear {person.full_name},",
        "",
        f"{OPENING[kind]} {meeting.title} ({meeting.group.name}).",
        "",
        f"When: {meeting.when_text}",
        f"Where: {where or 'Online only'}",
    ]
    if kind != "cancellation":
        lines += ["", description_of(meeting), ""]
        lines.append("Please tell us if you can come, and what you need to take part.")
        lines.append(f"Reply or see the details: {page_link(meeting)}")
    lines += ["", f"The {meeting.programme.name} team"]
    return "\n".join(lines)


@task
def send_meeting_email_task(*, meeting_id: int, person_id: int, kind: str) -> int:
    """Send one person one email about one meeting, with the meeting as an .ics file."""
    meeting = Meeting.objects.select_related("group", "programme").get(pk=meeting_id)
    person = Person.objects.get(pk=person_id)
    message = EmailMessage(
        subject=f"{SUBJECT[kind]}: {meeting.title}, {meeting.when_text}",
        body=body_of(meeting, kind, person),
        to=[person.email],
    )
    ics = calendar_for([meeting], name=meeting.title, link_for=page_link)
    message.attach("meeting.ics", ics, "text/calendar")
    return message.send()


def announce(meeting: Meeting, kind: str) -> int:
    """Queue an email to each person invited who takes email, after the change commits."""
    people = [p for p in _recipients(meeting) if not wants_post(p)]
    for person in people:
        transaction.on_commit(
            lambda p=person: send_meeting_email_task.enqueue(
                meeting_id=meeting.pk, person_id=p.pk, kind=kind
            )
        )
    return len(people)


def reminders_send(*, now=None) -> int:
    """Remind people invited to meetings in the next two days; once each, however often run."""
    now = now or timezone.now()
    due = Attendance.objects.filter(
        meeting__status="scheduled",
        meeting__start__gt=now,
        meeting__start__lte=now + REMIND_BEFORE,
        status__in=(AttendanceStatus.INVITED, AttendanceStatus.ACCEPTED),
        reminded_at__isnull=True,
    ).select_related("person")
    sent = 0
    for row in due:
        if wants_post(row.person):
            continue
        with transaction.atomic():
            claimed = Attendance.objects.filter(pk=row.pk, reminded_at__isnull=True)
            if not claimed.update(reminded_at=now):
                continue
            transaction.on_commit(
                lambda r=row: send_meeting_email_task.enqueue(
                    meeting_id=r.meeting_id, person_id=r.person_id, kind="reminder"
                )
            )
        sent += 1
    return sent
