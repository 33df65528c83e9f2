"""Attendance rates: how often lay partners and professionals come, quarter by quarter.

A rate counts only meetings that have happened and were not cancelled, and only people
whose attendance was recorded (attended, did not attend, or sent apologies): a blank
register is not counted as an absence, so it does not make anyone look worse.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone

from touchstone.accounts import access
from touchstone.people.models import PersonKind

from .models import OUTCOMES, Attendance, AttendanceStatus, MeetingStatus

LAY = "Lay partners"
PROFESSIONALS = "Professionals"
QUARTER_MONTHS = {1: "January to March", 2: "April to June", 3: "July to September"}
QUARTER_MONTHS[4] = "October to December"


@dataclass(frozen=True)
class Rate:
    """Attended out of recorded, for one group of people over one period."""

    label: str
    attended: int
    recorded: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.attended / self.recorded) if self.recorded else None


@dataclass(frozen=True)
class QuarterRates:
    quarter: str
    lay: Rate
    professionals: Rate


def quarter_of(moment) -> tuple[int, int]:
    local = timezone.localtime(moment)
    return local.year, (local.month - 1) // 3 + 1


def quarter_label(year: int, quarter: int) -> str:
    return f"{QUARTER_MONTHS[quarter]} {year}"


def _recorded_rows(programme, group=None):
    rows = Attendance.objects.filter(
        meeting__programme=programme,
        meeting__start__lt=timezone.now(),
        status__in=OUTCOMES,
    ).exclude(meeting__status=MeetingStatus.CANCELLED)
    if group is not None:
        rows = rows.filter(meeting__group=group)
    return rows


def rates_by_kind_for(*, actor, programme, group=None) -> list[QuarterRates]:
    """Return lay and professional attendance rates for each quarter, oldest first."""
    access.require(actor, "view", programme)
    tally: dict = defaultdict(lambda: {LAY: [0, 0], PROFESSIONALS: [0, 0]})
    rows = _recorded_rows(programme, group).values_list("meeting__start", "person__kind", "status")
    for start, kind, status in rows:
        side = LAY if kind == PersonKind.LAY_PARTNER else PROFESSIONALS
        counts = tally[quarter_of(start)][side]
        counts[0] += status == AttendanceStatus.ATTENDED
        counts[1] += 1
    return [
        QuarterRates(
            quarter=quarter_label(*key),
            lay=Rate(LAY, *tally[key][LAY]),
            professionals=Rate(PROFESSIONALS, *tally[key][PROFESSIONALS]),
        )
        for key in sorted(tally)
    ]


@dataclass(frozen=True)
class PersonRates:
    """One person's rate over everything recorded, and quarter by quarter."""

    overall: Rate
    quarters: dict


def rates_by_person_for(*, actor, programme, group=None) -> tuple[list[str], list[PersonRates]]:
    """Return the quarters (oldest first) and each person's rates, by name."""
    access.require(actor, "view_people", programme)
    tally: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    rows = _recorded_rows(programme, group).values_list(
        "person__full_name", "person_id", "meeting__start", "status"
    )
    for name, person_id, start, status in rows:
        for key in ("overall", quarter_of(start)):
            counts = tally[(name, person_id)][key]
            counts[0] += status == AttendanceStatus.ATTENDED
            counts[1] += 1
    keys = sorted({key for person in tally.values() for key in person if key != "overall"})
    people = [
        PersonRates(
            overall=Rate(name, *tally[(name, pk)]["overall"]),
            quarters={
                quarter_label(*key): Rate(name, *tally[(name, pk)][key])
                for key in keys
                if key in tally[(name, pk)]
            },
        )
        for name, pk in sorted(tally)
    ]
    return [quarter_label(*key) for key in keys], people
