"""The candidate meetings of one group in a stretch of days, listed only when they are needed.

They are the integer programme's candidates (see `slots.py`): same days, start times, venues
and costs, so both methods prefer the same things. Listing them per task instead of for the
whole programme is what keeps a two-year plan quick.
"""

from __future__ import annotations

from datetime import date

from .dates import Span, days, group_span
from .model import Plan
from .slots import RHYTHM_DAYS, usable_venues
from .validate import minutes

Candidate = tuple[float, date, int, int]  # cost, day, start minute, venue


def start_count(plan: Plan, g: int) -> int:
    """How many start times a day offers group g, over all its preferred windows."""
    group = plan.groups[g]
    return sum(
        max(0, (minutes(w.end) - minutes(w.start) - group.duration_minutes))
        // plan.start_step_minutes
        + 1
        for w in group.windows
        if minutes(w.end) - minutes(w.start) >= group.duration_minutes
    )


def estimated_slots(plan: Plan, holidays: dict[date, str]) -> int:
    """How many candidate slots the integer programme would have, without listing them."""
    total = 0
    for g, group in enumerate(plan.groups):
        open_days = sum(
            d.weekday() in group.weekdays and d not in holidays
            for d in days(group_span(plan, group))
        )
        total += open_days * start_count(plan, g) * len(usable_venues(plan, group))
    return total


class Options:
    """Lists group g's candidates in a span; venues and spans are worked out once per plan."""

    def __init__(self, plan: Plan, holidays: dict[date, str]):
        self.plan, self.holidays = plan, holidays
        self.venues = [usable_venues(plan, group) for group in plan.groups]
        self.homes = [group_span(plan, group) for group in plan.groups]

    def listed(self, g: int, span: Span) -> list[Candidate]:
        """Group g's candidates in span, cheapest first (ties: earlier day, time, venue)."""
        group, home = self.plan.groups[g], self.homes[g]
        step, rhythm = self.plan.start_step_minutes, RHYTHM_DAYS.get(group.cadence, 0)
        found: list[Candidate] = []
        for day in days(span):
            if day in self.holidays or day.weekday() not in group.weekdays:
                continue
            if not home.holds(day):
                continue
            day_cost = 8 * group.weekdays.index(day.weekday())
            day_cost += 0.25 * ((day - home.first).days % rhythm) if rhythm else 0
            for window_rank, window in enumerate(group.windows):
                first, last = minutes(window.start), minutes(window.end) - group.duration_minutes
                for start in range(first, last + 1, step):
                    base = 1 + day_cost + 4 * window_rank + 0.5 * (start - first) / step
                    for venue_rank, v in enumerate(self.venues[g]):
                        found.append((base + 2 * venue_rank, day, start, v))
        found.sort()
        return found
