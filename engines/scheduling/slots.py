"""Every place and time each group could meet: the candidates the integer programme picks from.

Only times that already obey the simple rules become candidates: inside the programme (or
after the group's `after_step`), not on a bank holiday, on a preferred weekday, wholly inside
a preferred time window, and at a venue with a seat for everyone expected. The harder rules,
which tie meetings together, are left to the integer programme.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from .dates import Span, days, group_span
from .errors import SchedulingError
from .model import Group, Plan
from .validate import minutes

RHYTHM_DAYS = {"weekly": 7, "fortnightly": 14, "monthly": 30, "quarterly": 91}


@dataclass(frozen=True)
class Slot:
    """One possible meeting: group and venue by index, start and end in minutes of the day."""

    group: int
    day: date
    start: int
    end: int
    venue: int
    cost: float


def member_counts(plan: Plan) -> Counter[str]:
    return Counter(name for person in plan.people for name in set(person.groups))


def seats_needed(plan: Plan, group: Group) -> int:
    return member_counts(plan)[group.name] + group.extra_attendance


def usable_venues(plan: Plan, group: Group) -> list[int]:
    """Venue indices the group may use, best first: its own list, else smallest that fits."""
    seats = seats_needed(plan, group)
    index = {venue.name: i for i, venue in enumerate(plan.venues)}
    if group.venues:
        order = [index[name] for name in group.venues]
    else:
        order = sorted(index.values(), key=lambda i: (plan.venues[i].capacity, i))
    fitting = [i for i in order if plan.venues[i].capacity >= seats]
    if not fitting:
        allowed = [plan.venues[i] for i in order]
        largest = max(allowed, key=lambda v: v.capacity, default=None)
        where = (
            f"the largest venue it may use, {largest.name}, holds {largest.capacity}"
            if largest
            else "the plan has no venues"
        )
        raise SchedulingError(
            f"{group.name} needs room for {seats} people ({seats - group.extra_attendance} "
            f"members and {group.extra_attendance} more expected), but {where}: add a "
            "larger venue or allow the group to use one."
        )
    return fitting


def candidate_slots(
    plan: Plan, bank_holidays: dict[date, str], horizon: Span | None = None
) -> list[Slot]:
    """All candidate meetings (within `horizon` if given), cheapest first per group and day.

    Cost ranks preferences: earlier-listed weekday, then window, then venue, then start time;
    a little for each day into its cadence period, so meetings keep a steady rhythm.
    """
    slots: list[Slot] = []
    step = plan.start_step_minutes
    for g, group in enumerate(plan.groups):
        venues = usable_venues(plan, group)
        span = group_span(plan, group)
        rhythm = RHYTHM_DAYS.get(group.cadence, 0)
        for day in days(span):
            if day in bank_holidays or day.weekday() not in group.weekdays:
                continue
            if horizon is not None and not horizon.holds(day):
                continue
            day_rank = group.weekdays.index(day.weekday())
            for window_rank, window in enumerate(group.windows):
                first = minutes(window.start)
                for start in range(first, minutes(window.end) - group.duration_minutes + 1, step):
                    for venue_rank, v in enumerate(venues):
                        cost = 8 * day_rank + 4 * window_rank + 2 * venue_rank
                        cost += 0.5 * (start - first) / step
                        if rhythm:
                            cost += 0.25 * ((day - span.first).days % rhythm)
                        slots.append(
                            Slot(g, day, start, start + group.duration_minutes, v, 1 + cost)
                        )
    return slots
