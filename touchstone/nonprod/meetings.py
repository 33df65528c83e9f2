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
from typing import NamedTuple

from django.utils import timezone
from django.utils.text import slugify

from touchstone.core import audit
from touchstone.feedback.models import FeedbackEvent
from touchstone.meetings import services
from touchstone.meetings.models import AgendaItem, Attendance, Meeting, MeetingPreference
from touchstone.meetings.models import AttendanceStatus as Status
from touchstone.meetings.models import MeetingKind as Kind
from touchstone.papers.models import Minutes, Paper
from touchstone.people.models import Person, PersonKind
from touchstone.programmes.selectors import active_q, seated_q

from . import demo_data, feedback_data
from . import meetings_data as data
from .meeting_days import DAY, WEEK, advisory_anchor, open_day, saturday_on_or_after
from .meeting_records import add_records


class Slot(NamedTuple):
    """When and where one meeting of a group is held."""

    group: str
    kind: str
    title: str
    day: datetime.date
    hour: int
    minutes: int
    venue: str | None  # None: online only


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


class _Calendar:
    """Work out each group's meeting days from today, and write the meetings."""

    def __init__(self, actor, programme, groups, people):
        self.actor, self.programme, self.groups, self.people = actor, programme, groups, people
        self.random = random.Random(data.SEED)
        self.today = timezone.localdate()
        self.next_core = open_day(self.today + DAY)
        # Christmas can put the next core meeting over a week off; past weeks count from
        # the week after today, so none of them falls after today.
        self.last_core_week = self.next_core
        while self.last_core_week - WEEK >= self.today:
            self.last_core_week -= WEEK
        self.next_advisory = advisory_anchor(self.today)

    def add_past(self) -> list[Meeting]:
        """Write the last three months' meetings with their agendas and attendance.

        Returns the advisory group's meetings, oldest first, for their minutes.
        """
        made = []
        for n in range(1, data.CORE_WEEKS + 1):
            day = open_day(self.last_core_week - n * WEEK, step=-1)
            slot = Slot("core", Kind.CORE_TEAM, "Core design team", day, 10, 120, "hospital")
            made.append(self._past(slot, data.CORE_AGENDAS[n % len(data.CORE_AGENDAS)]))
        advisory = []
        for n in range(data.ADVISORY_FORTNIGHTS, 0, -1):
            day = open_day(self.next_advisory - 2 * n * WEEK, step=-1)
            slot = Slot("advisory", Kind.ADVISORY_GROUP, data.ADVISORY, day, 18, 120, "millbrook")
            advisory.append(self._past(slot, data.ADVISORY_AGENDAS[n % 2]))
        for index, module in enumerate(demo_data.WORKING_GROUPS):
            title = f"{self.groups[module].name}: working session"
            venue = None if module == "Informatics" else "hospital"
            for n in range(data.WORKING_GROUP_MONTHS):
                day = open_day(self.today - DAY * (12 + 5 * index + 28 * n), step=-1)
                slot = Slot(module, Kind.WORKING_SESSION, title, day, 14, 90, venue)
                made.append(self._past(slot, data.WORKING_AGENDA))
        made.append(self._told("session", "core", Kind.WORKING_SESSION, 300, "council"))
        made.append(self._told("forum", "forum", Kind.FORUM, 150, "harrowfield"))
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
        return advisory

    def _told(self, event_key, group_key, kind, minutes, venue) -> Meeting:
        """The meeting behind one of the feedback story's events, on its day and linked to it."""
        title, days_ago = feedback_data.EVENTS[event_key][:2]
        day = self.today - datetime.timedelta(days=days_ago)
        agenda = data.FORUM_AGENDA if kind == Kind.FORUM else data.SESSION_AGENDA
        meeting = self._past(Slot(group_key, kind, title, day, 10, minutes, venue), agenda)
        FeedbackEvent.objects.filter(programme=self.programme, title=title, held_on=day).update(
            meeting=meeting
        )
        return meeting

    def _past(self, slot: Slot, agenda) -> Meeting:
        meeting = self._meeting(slot)
        AgendaItem.objects.bulk_create(
            AgendaItem(meeting=meeting, position=n, title=title, lead=lead, minutes=allowed)
            for n, (title, lead, allowed) in enumerate(agenda)
        )
        lay_odds = data.FORUM_ODDS if slot.kind == Kind.FORUM else data.LAY_ODDS
        rows = []
        for person in self._seated(meeting.group, slot.day):
            lay = person.kind == PersonKind.LAY_PARTNER
            attended, apologies = lay_odds if lay else data.PROFESSIONAL_ODDS
            roll = self.random.random()
            status = Status.ATTENDED if roll < attended else Status.ABSENT
            if attended <= roll < attended + apologies:
                status = Status.APOLOGIES
            rows.append(Attendance(meeting=meeting, person=person, status=status))
        Attendance.objects.bulk_create(rows)
        return meeting

    def add_upcoming(self) -> dict[str, Meeting]:
        """Write the next six weeks' meetings, invite each group, and record early replies."""
        made = {}
        for spec in data.UPCOMING:
            slot = Slot(spec.group, spec.kind, spec.title, self._day(spec.anchor, spec.after),
                        spec.hour, spec.minutes, spec.venue)  # fmt: skip
            meeting = self._meeting(slot, online=spec.online)
            people = self._seated(meeting.group, slot.day)
            Attendance.objects.bulk_create(Attendance(meeting=meeting, person=p) for p in people)
            audit.record(
                actor=self.actor,
                action="meeting.create",
                target=meeting,
                programme=self.programme,
                changes={
                    "group": meeting.group.name,
                    **audit.snapshot(meeting, services.MEETING_FIELDS),
                    "invited": len(people),
                    "invitations": "demo data: not emailed",
                },
            )
            for title, lead, allowed in data.AGENDAS[spec.key]:
                services.agenda_item_add(
                    actor=self.actor, meeting=meeting, title=title, lead=lead, minutes=allowed
                )
            self._replies(meeting, people)
            made[spec.key] = meeting
        return made

    def _replies(self, meeting, people) -> None:
        """Some people have replied already; the demo lay partner has not, so they can."""
        accepted, apologies = data.REPLY_ODDS
        for person in people:
            roll = self.random.random()
            if person.email == demo_data.LAY_EMAIL or roll >= accepted + apologies:
                continue
            status = Status.ACCEPTED if roll < accepted else Status.APOLOGIES
            services.attendance_record(
                actor=self.actor, meeting=meeting, person=person, status=status
            )

    def _day(self, anchor: str, after: int) -> datetime.date:
        if anchor == "saturday":
            return saturday_on_or_after(self.today + DAY * after)
        start = self.next_core if anchor == "core" else self.next_advisory
        return start if not after else open_day(start + DAY * after)

    def _meeting(self, slot: Slot, online: bool = False) -> Meeting:
        group = self.groups[slot.group]
        address, features = data.VENUES[slot.venue] if slot.venue else ("", ())
        link = data.ONLINE + slugify(group.name) if online or not slot.venue else ""
        start = datetime.datetime.combine(slot.day, datetime.time(slot.hour))
        return Meeting.objects.create(
            programme=self.programme,
            group=group,
            kind=slot.kind,
            title=slot.title,
            start=timezone.make_aware(start),
            duration_minutes=slot.minutes,
            address=address,
            online_link=link,
            chair=self._chair(group),
            **dict.fromkeys(features, True),
        )

    def _chair(self, group) -> Person:
        """The group's chair, or the advisory group's chair for the forum, which has none."""
        seat = group.memberships.filter(active_q(), role__in=("chair", "co_chair"))
        seat = seat.order_by("role", "pk").first()
        return seat.person if seat else self.people["A3"]

    def _seated(self, group, day) -> list[Person]:
        """Everyone holding a seat in the group that day, as meeting_create would invite."""
        return list(
            Person.objects.filter(memberships__group=group)
            .filter(active_q("memberships__", on=day) & seated_q("memberships__"))
            .distinct()
            .order_by("pk")
        )
