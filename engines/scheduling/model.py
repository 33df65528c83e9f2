"""What a programme asks of its calendar, and the calendar proposed: frozen dataclasses.

Frozen so that a plan can be shared, hashed and replayed: the same plan always gives the same
calendar. Times are wall-clock times in the programme's own place; the engine has no time zones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CADENCES = ("weekly", "fortnightly", "monthly", "quarterly", "per_step", "total")
KINDS = (
    "working session",
    "core team",
    "advisory group",
    "forum",
    "community engagement",
    "workshop",
)
REGIONS = {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}


@dataclass(frozen=True)
class TimeWindow:
    """A stretch of the day a group is happy to meet in; a meeting must fit wholly inside."""

    start: time
    end: time
    label: str = ""


DAYTIME = TimeWindow(time(9, 30), time(16, 30), "daytime")
EVENING = TimeWindow(time(18, 0), time(21, 0), "evening")


@dataclass(frozen=True)
class Group:
    """A group that meets, and the rules its meetings follow.

    cadence: weekly, fortnightly, monthly or quarterly (one meeting in each such period);
    per_step (exactly `per_step` meetings in each design step); total (`count` meetings
    in all). `per_step` with another cadence means "and at least this many in each step".
    `after_step`: meetings only once that design step has finished (community events are
    held once the proposals exist). `extra_attendance`: seats needed beyond the members.
    `venues`: the venues it may use, best first; empty means any venue large enough.
    """

    name: str
    kind: str
    cadence: str
    duration_minutes: int
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    windows: tuple[TimeWindow, ...] = (DAYTIME,)
    minimum_minutes: int = 0
    per_step: int = 0
    count: int = 0
    after_step: str | None = None
    extra_attendance: int = 0
    venues: tuple[str, ...] = ()


@dataclass(frozen=True)
class DesignStep:
    """One step of the design process: give dates (end inclusive) or a length in weeks.

    Steps given by length follow on from the previous step (or the programme's start).
    """

    name: str
    start: date | None = None
    end: date | None = None
    weeks: int | None = None


@dataclass(frozen=True)
class Venue:
    name: str
    capacity: int


@dataclass(frozen=True)
class Person:
    name: str
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Travel:
    """Minutes a person needs between two meetings: more when they must move venue."""

    between_venues_minutes: int = 60
    same_venue_minutes: int = 15


@dataclass(frozen=True)
class Plan:
    """A programme's dates (end inclusive), design steps, groups, venues and people.

    region: whose bank holidays to skip (ENG, WLS, SCT or NIR; England by default).
    start_step_minutes: meetings start on this grid inside each preferred window.
    """

    start: date
    end: date
    groups: tuple[Group, ...]
    venues: tuple[Venue, ...]
    people: tuple[Person, ...] = ()
    steps: tuple[DesignStep, ...] = ()
    region: str = "ENG"
    travel: Travel = field(default_factory=Travel)
    start_step_minutes: int = 30


@dataclass(frozen=True)
class Meeting:
    """One proposed meeting; `step` is the design step it serves (None after the last step)."""

    group: str
    kind: str
    start: datetime
    end: datetime
    venue: str
    step: str | None
    attendance: int


@dataclass(frozen=True)
class Calendar:
    """The proposed meetings in time order, and the bank holidays that were kept clear."""

    meetings: tuple[Meeting, ...]
    bank_holidays: tuple[tuple[date, str], ...]
    region: str
