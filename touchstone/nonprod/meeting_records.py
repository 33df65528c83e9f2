"""What the demo keeps around its meetings: support needs, the forum's poll, papers, minutes.

Needs, poll answers, saving minutes and approving them go through the services. Two
steps are written directly, because their services email people and loading a demo must
email nobody: adding a paper after its deadline (paper_add tells the chair) and sending
minutes round (minutes_circulate emails every attendee). Both still leave the audit entry
their service would. Services stamp today on things done days ago (a paper, a minutes
approval); those dates are moved back afterwards, as the feedback story does.
"""

import datetime

from django.utils import timezone

from touchstone.core import audit
from touchstone.meetings.needs import needs_record
from touchstone.meetings.preferences import preference_save
from touchstone.papers import adapters
from touchstone.papers.minutes import minutes_approve, minutes_save
from touchstone.papers.models import Minutes, MinutesStatus, Paper
from touchstone.papers.selectors import deadline_for
from touchstone.people.models import Person, PersonKind
from touchstone.programmes.selectors import active_q, seated_q

from . import meetings_data as data

DAYS_TO_WRITE_MINUTES = 3


def add_records(*, actor, programme, groups, people, past_advisory, next_advisory) -> None:
    """Add needs, poll answers, the next advisory meeting's papers and the last minutes."""
    forum = _forum_members(groups["forum"])
    for key, needs, dietary in data.SUPPORT:
        person = forum[int(key.removeprefix("forum:"))] if key.startswith("forum:") else None
        needs_record(
            actor=actor,
            programme=programme,
            person=person or people[key],
            needs=needs,
            dietary=dietary,
            consent=True,
        )
    _answer_poll(actor, groups["forum"], forum)
    _add_papers(actor, next_advisory)
    earlier, last = past_advisory[-2:]
    approved = _circulated(actor, earlier, data.MINUTES["approved"])
    minutes_approve(actor=actor, minutes=approved, at_meeting=last)
    Minutes.objects.filter(pk=approved.pk).update(approved_at=last.end)
    _circulated(actor, last, data.MINUTES["circulated"])


def _forum_members(group) -> list[Person]:
    """The forum's lay partners sitting today, in the order they joined the register."""
    return list(
        Person.objects.filter(memberships__group=group, kind=PersonKind.LAY_PARTNER)
        .filter(active_q("memberships__") & seated_q("memberships__"))
        .distinct()
        .order_by("pk")
    )


def _answer_poll(actor, group, members) -> None:
    """Answers from about twenty members, as staff typed them in from the paper forms."""
    answering = iter(members)
    for count, weekdays, times, place in data.POLL:
        for _ in range(count):
            preference_save(
                actor=actor,
                group=group,
                person=next(answering),
                weekdays=weekdays,
                times=times,
                place=place,
            )


def _add_papers(actor, meeting) -> None:
    """Papers for a meeting whose deadline has passed: one came in time, one after."""
    programme = meeting.programme
    deadline = deadline_for(meeting)
    for title, days_early, text in data.PAPERS:
        added_at = min(deadline - datetime.timedelta(days=days_early), timezone.now())
        summary = adapters.summarise_text(programme=programme, text=text)
        paper = Paper.objects.create(
            meeting=meeting,
            title=title,
            text=text,
            deadline=deadline,
            is_late=added_at > deadline,
            reading_age=summary.reading_age,
            findings=summary.findings,
            check_note=summary.note,
            added_by=actor,
        )
        Paper.objects.filter(pk=paper.pk).update(added_at=added_at)
        audit.record(
            actor=actor,
            action="paper.add",
            target=paper,
            programme=programme,
            changes={"meeting": [None, str(meeting)], "late": [None, paper.is_late]},
        )


def _circulated(actor, meeting, text: str) -> Minutes:
    """Draft a meeting's minutes, then mark them sent to attendees a few days after it."""
    minutes = minutes_save(actor=actor, meeting=meeting, text=text)
    sent = meeting.end + datetime.timedelta(days=DAYS_TO_WRITE_MINUTES)
    minutes.status, minutes.circulated_at = MinutesStatus.CIRCULATED, sent
    minutes.save(update_fields=["status", "circulated_at", "updated_at"])
    audit.record(
        actor=actor,
        action="minutes.circulate",
        target=minutes,
        programme=meeting.programme,
        changes={
            "status": [MinutesStatus.DRAFTED, MinutesStatus.CIRCULATED],
            "emails": "demo data: not sent",
        },
    )
    return minutes
