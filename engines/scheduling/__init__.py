"""Propose a calendar of meetings for a co-design programme.

Given the programme's dates and design steps, its groups' cadences and preferred times, its
venues and who sits where, `propose` returns meetings that skip bank holidays (England by
default, from the `holidays` package), never put a person in two places at once and leave
travel time between venues, give each design step its working sessions in order, hold the
community events once the proposals exist, and fit each venue.

Method: an integer programme on HiGHS over candidate slots, with the rules kept as named
groups of constraints; it finds the cheapest calendar (most preferred days, times and
venues). Plans with more candidates than that solves quickly (a two-year programme) are
first built one meeting at a time, earliest deadline first, with a one-step repair
(`construct.py`); only if that gets stuck does the integer programme run. When the rules
cannot all be met, a deletion filter over the rule groups finds a small set that clash,
and SchedulingError names them in plain English. `python -m engines.scheduling plan.json
[--format text|json|ics]` prints the calendar.
"""

from .build import propose
from .errors import SchedulingError
from .model import (
    DAYTIME,
    EVENING,
    Calendar,
    DesignStep,
    Group,
    Meeting,
    Person,
    Plan,
    TimeWindow,
    Travel,
    Venue,
)

__all__ = [
    "DAYTIME",
    "EVENING",
    "Calendar",
    "DesignStep",
    "Group",
    "Meeting",
    "Person",
    "Plan",
    "SchedulingError",
    "TimeWindow",
    "Travel",
    "Venue",
    "propose",
]
