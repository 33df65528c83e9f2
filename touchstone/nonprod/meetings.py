"""The demo's meetings: three months of them behind us, with who came, and six weeks ahead.

Past meetings are written directly, because the meeting services refuse a start in the
past; one audit entry records them as a whole, as the forum's members are. Meetings to
come are written directly too: meeting_create emails an invitation to everyone invited,
and loading a demo must email nobody. Each gets its own "meeting.create" audit entry; its
agenda and the replies received so far go through the services. Support needs, the
forum's poll, papers and minutes follow in meeting_records.
"""

import datetime
import random

from django.utils import timezone

from touchstone.core import audit
from touchstone.feedback.models import FeedbackEvent
from touchstone.meetings import services
from touchstone.meetings.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    MeetingPreference,
)
from touchstone.papers.models import Minutes, Paper
from touchstone.people.models import Membership, Person, PersonKind
from touchstone.programmes.selectors import active_q, seated_q

from . import demo_data, feedback_data
from . import meetings_data as data
from .meeting_records import add_records

SATURDAY = 5
FROM_DEMO = "demo data: nobody was emailed"


def add_meetings(*, actor, programme, groups, people) -> None:
    """Load past and upcoming meetings, then the needs, poll, papers and minutes around them."""
    calendar = _Calendar(actor, programme, groups, people)
    past_advisory = calendar.add_past()
    upcoming = calendar.add_upcoming()
    add_records(
        actor=actor,
        programme=programme,
        groups=groups,
        people=people,
        past_advisory=past_advisory,
        next_advisory=upcoming["advisory"],
    )


def remove_meetings(programme) -> None:
    """Delete the programme's meetings, which protect its groups and people, and all on them."""
    meetings = Meeting.objects.filter(programme=programme)
    for paper in Paper.objects.filter(meeting__in=meetings).exclude(file=""):
        paper.file.delete(save=False)  # a file someone uploaded while trying the demo
    Minutes.objects.filter(meeting__in=meetings).delete()  # approved_at_meeting protects
    MeetingPreference.objects.filter(group__programme=programme).delete()
    meetings.delete()  # agendas, invitations and papers go with them


def weekday_on_or_after(day: datetime.date) -> datetime.date:
    """Move a Saturday or Sunday on to the Monday after."""
    return day + datetime.timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


class _Calendar:
    """Work out each group's meeting days from today, and write the meetings."""

    def __init__(self, actor, programme, groups, people):
        self.actor, self.programme, self.groups, self.people = actor, programme, groups, people
        self.random = random.Random(data.SEED)
        self.today = timezone.localdate()
        day = datetime.timedelta(days=1)
        self.next_core = weekday_on_or_after(self.today + day)
        # At least three days off, so this meeting's papers deadline has passed.
        self.next_advisory = weekday_on_or_after(self.today + 3 * day)

    def add_past(self) -> list[Meeting]:
        """Write the last three months' meetings with their agendas and attendance."""
        made, advisory = [], []
        week = datetime.timedelta(weeks=1)
        for n in range(1, data.CORE_WEEKS + 1):
            day = self.next_core - n * week
            made.append(self._past("core", MeetingKind.CORE_TEAM, "Core design team", day, 10,
                                   120, "hospital", data.CORE_AGENDAS[n % 3]))  # fmt: skip
        for n in range(1, data.ADVISORY_FORTNIGHTS + 1):
            day = self.next_advisory - 2 * n * week
            meeting = self._past("advisory", MeetingKind.ADVISORY_GROUP,
                                 "Lay Partners Advisory Group", day, 18, 120, "millbrook",
                                 data.ADVISORY_AGENDAS[n % 2])  # fmt: skip
            advisory.append(meeting)
        for index, module in enumerate(demo_data.WORKING_GROUPS):
            for n in range(data.WORKING_GROUP_MONTHS):
                back = datetime.timedelta(days=12 + 5 * index + 28 * n)
                venue = None if module == "Informatics" else "hospital"
                title = f"{self.groups[module].name}: working session"
                made.append(self._past(module, MeetingKind.WORKING_SESSION, title,
                                       weekday_on_or_after(self.today - back), 14, 90, venue,
                                       data.WORKING_AGENDA))  # fmt: skip
        made.append(self._told("session", "core", MeetingKind.WORKING_SESSION, 10, 300, "council",
                               data.CORE_AGENDAS[0]))  # fmt: skip
        made.append(self._told("forum", "forum", MeetingKind.FORUM, 10, 150, "harrowfield",
                               data.FORUM_AGENDA))  # fmt: skip
        made += advisory
        audit.record(
            actor=self.actor,
            action="meeting.import",
            target=self.programme,
            programme=self.programme,
            changes={
                "meetings_added": len(made),
                "attendance_recorded": Attendance.objects.filter(meeting__in=made).count(),
                "source": "demo data, written in bulk: the services refuse past dates",
            },
        )
        return sorted(advisory, key=lambda m: m.start)

    def _told(self, event_key, group_key, kind, hour, minutes, venue, agenda) -> Meeting:
        """The meeting behind one of the feedback story's events, on its day and linked to it."""
        title, days_ago = feedback_data.EVENTS[event_key][:2]
        day = self.today - datetime.timedelta(days=days_ago)
        meeting = self._past(group_key, kind, title, day, hour, minutes, venue, agenda)
        FeedbackEvent.objects.filter(programme=self.programme, title=title, held_on=day).update(
            meeting=meeting
        )
        return meeting

    def _past(self, group_key, kind, title, day, hour, minutes, venue, agenda) -> Meeting:
        meeting = self._meeting(group_key, kind, title, day, hour, minutes, venue, "")
        AgendaItem.objects.bulk_create(
            AgendaItem(meeting=meeting, position=n, title=t, lead=lead, minutes=m)
            for n, (t, lead, m) in enumerate(agenda)
        )
        odds = data.FORUM_ODDS if kind == MeetingKind.FORUM else data.LAY_ODDS
        rows = []
        for person in self._seated(meeting.group, day):
            attended, apologies = odds if person.kind == PersonKind.LAY_PARTNER else (
                data.PROFESSIONAL_ODDS
            )  # fmt: skip
            roll = self.random.random()
            status = (
                AttendanceStatus.ATTENDED
                if roll < attended
                else AttendanceStatus.APOLOGIES
                if roll < attended + apologies
                else AttendanceStatus.ABSENT
            )
            rows.append(Attendance(meeting=meeting, person=person, status=status))
        Attendance.objects.bulk_create(rows)
        return meeting

    def add_upcoming(self) -> dict[str, Meeting]:
        """Write the next six weeks' meetings, invite each group, and record early replies."""
        made = {}
        for key, group_key, kind, title, offset, anchor, hour, minutes, venue, link in (
            data.UPCOMING
        ):
            day = self._day(anchor, offset)
            meeting = self._meeting(group_key, kind, title, day, hour, minutes, venue, link)
            invited = [Attendance(meeting=meeting, person=p) for p in self._seated(meeting.group, day)]
            Attendance.objects.bulk_create(invited)
            audit.record(
                actor=self.actor,
                action="meeting.create",
                target=meeting,
                programme=self.programme,
                changes={
                    "group": meeting.group.name,
                    **audit.snapshot(meeting, services.MEETING_FIELDS),
                    "invited": len(invited),
                    "invitations": FROM_DEMO,
                },
            )
            for title_, lead, allowed in data.AGENDAS[key]:
                services.agenda_item_add(
                    actor=self.actor, meeting=meeting, title=title_, lead=lead, minutes=allowed
                )
            self._replies(meeting, invited)
            made[key] = meeting
        return made

    def _replies(self, meeting, invited) -> None:
        """Some people have replied already; the demo lay partner has not, so they can."""
        accepted, apologies = data.REPLY_ODDS
        for row in invited:
            if row.person.email == demo_data.LAY_EMAIL:
                continue
            roll = self.random.random()
            if roll < accepted + apologies:
                status = AttendanceStatus.ACCEPTED if roll < accepted else AttendanceStatus.APOLOGIES
                services.attendance_record(
                    actor=self.actor, meeting=meeting, person=row.person, status=status
                )

    def _day(self, anchor: str, offset: int) -> datetime.date:
        if anchor == "saturday":
            day = self.today + datetime.timedelta(days=offset)
            return day + datetime.timedelta(days=(SATURDAY - day.weekday()) % 7)
        start = self.next_core if anchor == "core" else self.next_advisory
        return weekday_on_or_after(start + datetime.timedelta(days=offset))

    def _meeting(self, group_key, kind, title, day, hour, minutes, venue, link) -> Meeting:
        address, features = data.VENUES[venue] if venue else ("", ())
        group = self.groups[group_key]
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
        return Meeting.objects.create(
            programme=self.programme,
            group=group,
            kind=kind,
            title=title,
            start=start,
            duration_minutes=minutes,
            address=address,
            online_link=link if venue or link else data.ONLINE + group.pk.__str__(),
            chair=self._chair(group),
            **{feature: True for feature in features},
        )

    def _chair(self, group) -> Person | None:
        seat = Membership.objects.filter(group=group, role__in=("chair", "co_chair")).first()
        return seat.person if seat else self.people["A3"]

    def _seated(self, group, day) -> list[Person]:
        """Everyone holding a seat in the group that day, as meeting_create would invite."""
        return list(
            Person.objects.filter(memberships__group=group)
            .filter(active_q("memberships__", on=day) & seated_q("memberships__"))
            .distinct()
            .order_by("pk")
        )
