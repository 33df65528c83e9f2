"""Reads for papers, notices and minutes, always scoped to a meeting the person may see."""

import datetime

from django.http import Http404

from touchstone.accounts import access
from touchstone.meetings.models import AttendanceStatus, Meeting, MeetingStatus
from touchstone.people.models import ContactMethod

from .models import DEFAULT_NOTICE_DAYS, Minutes, MinutesStatus, Paper, PaperNotice


def notice_days_for(group) -> int:
    """Return how many days before a meeting the group's papers are due."""
    notice = PaperNotice.objects.filter(group=group).first()
    return notice.days if notice else DEFAULT_NOTICE_DAYS


def deadline_for(meeting: Meeting) -> datetime.datetime:
    """Return when papers for the meeting are due: the group's notice before it starts."""
    return meeting.start - datetime.timedelta(days=notice_days_for(meeting.group))


def papers_for(*, actor, meeting: Meeting) -> list[Paper]:
    """Return the meeting's papers in the order they were added."""
    access.require(actor, "view", meeting.programme)
    return list(meeting.papers.all())


def paper_get_for(*, actor, meeting: Meeting, pk) -> Paper:
    """Return one paper of the meeting, or 404 whatever the id."""
    access.require(actor, "view", meeting.programme)
    paper = meeting.papers.filter(pk=pk).first()
    if paper is None:
        raise Http404("Paper not found")
    return paper


def minutes_for(*, actor, meeting: Meeting) -> Minutes | None:
    """Return the minutes; a draft only for those who may change the programme."""
    access.require(actor, "view", meeting.programme)
    minutes = Minutes.objects.filter(meeting=meeting).select_related("approved_at_meeting").first()
    is_draft = minutes is not None and minutes.status == MinutesStatus.DRAFTED
    if is_draft and not access.can(actor, "change", meeting.programme):
        return None
    return minutes


def approving_meetings_for(meeting: Meeting):
    """Return later meetings of the same group, going ahead, where minutes can be approved."""
    return Meeting.objects.filter(
        programme=meeting.programme_id,
        group=meeting.group_id,
        start__gt=meeting.start,
        status=MeetingStatus.SCHEDULED,
    ).order_by("start", "pk")


def attendees_of(meeting: Meeting):
    """Return the people who attended the meeting, by name."""
    return [
        a.person
        for a in meeting.attendances.filter(status=AttendanceStatus.ATTENDED)
        .select_related("person")
        .order_by("person__full_name", "pk")
    ]


def wants_email(person) -> bool:
    """Say whether minutes go to this person by email, rather than printed and posted."""
    return bool(person.email) and person.preferred_contact != ContactMethod.POST


def print_for(meeting: Meeting) -> list:
    """Return the attendees who need a printed copy: they prefer post or have no email."""
    return [person for person in attendees_of(meeting) if not wants_email(person)]
