"""One papers and minutes page of each kind, for the every-page axe check."""

import datetime

from django.utils import timezone

from touchstone.meetings.models import Meeting
from touchstone.papers.models import Minutes, MinutesStatus, Paper


def _meeting(programme, group, title, days_from_now):
    return Meeting.objects.create(
        programme=programme,
        group=group,
        kind="advisory_group",
        title=title,
        start=timezone.now() + datetime.timedelta(days=days_from_now),
        duration_minutes=90,
        online_link="https://meet.example.org/papers",
    )


def _sample(programme):
    """A past meeting with a late written paper, a PDF and sent minutes; and the next one.

    The PDF row names a file that is never written: the page shows only its name and size.
    """
    group = programme.groups.get(kind="lay_advisory_group")
    meeting = _meeting(programme, group, "Axe check: papers", -3)
    _meeting(programme, group, "Axe check: next meeting", 25)
    deadline = meeting.start - datetime.timedelta(days=7)
    Paper.objects.create(
        meeting=meeting,
        title="Care navigation options",
        text="We looked at three ways to help people find the right care.\nEach has costs.",
        deadline=deadline,
        is_late=True,
        reading_age=11.2,
        findings={"high": 0, "medium": 1, "low": 2},
    )
    Paper.objects.create(
        meeting=meeting,
        title="Budget summary",
        file="papers/axe-check-never-written.pdf",
        original_name="budget.pdf",
        size=2048,
        deadline=deadline,
        check_note="We cannot check PDF files.",
    )
    Minutes.objects.create(
        meeting=meeting,
        text="Present: the advisory group.\nWe agreed to test option two.",
        status=MinutesStatus.CIRCULATED,
        circulated_at=timezone.now(),
    )
    return group, meeting


def papers_pages(programme) -> dict[str, tuple[str, list]]:
    slug = programme.slug
    group, meeting = _sample(programme)
    return {
        "papers and minutes of a meeting": ("papers:meeting_papers", [slug, meeting.pk]),
        "minutes form": ("papers:minutes_edit", [slug, meeting.pk]),
        "when papers are due for a group": ("papers:group_notice", [slug, group.pk]),
    }
