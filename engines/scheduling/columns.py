"""The programme's variables: one per candidate slot, and totals per time and per day.

Rules about rhythm (one a week, one per step) only care on which day a group meets, and "no
one in two places at once" only cares when, not where; so those rules are written over a
group's day totals and time totals, not over every slot. That keeps rows short: a rule over
forty-five days touches forty-five totals, not every venue and start time in them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .slots import Slot


@dataclass(frozen=True)
class Interval:
    """A variable that is 1 when its group meets on `day` from `start` to `end` (minutes)."""

    column: int
    group: int
    day: date
    start: int
    end: int


@dataclass
class Columns:
    """Slot columns first (0..n-1), then time totals, then day totals, with their sums.

    `day_of` gives each column's day as an ordinal, for solving a window of days at a time.
    """

    slots: list[Slot]
    times: dict[int, list[Interval]] = field(default_factory=lambda: defaultdict(list))
    days: dict[int, list[tuple[date, int]]] = field(default_factory=lambda: defaultdict(list))
    sums: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    day_of: list[int] = field(default_factory=list)
    count: int = 0

    def days_in(self, group: int, first: date, last: date) -> tuple[int, ...]:
        return tuple(column for day, column in self.days[group] if first <= day <= last)


def make_columns(slots: list[Slot]) -> Columns:
    """Number the columns and record that each total is the sum of what it counts."""
    columns = Columns(slots, count=len(slots))
    columns.day_of = [slot.day.toordinal() for slot in slots]
    by_time: dict[tuple, list[int]] = defaultdict(list)
    for i, slot in enumerate(slots):
        by_time[(slot.group, slot.day, slot.start, slot.end)].append(i)
    by_day: dict[tuple[int, date], list[int]] = defaultdict(list)
    for (group, day, start, end), members in sorted(by_time.items()):
        column = columns.count
        columns.count += 1
        columns.day_of.append(day.toordinal())
        columns.times[group].append(Interval(column, group, day, start, end))
        columns.sums.append((column, tuple(members)))
        by_day[(group, day)].append(column)
    for (group, day), members in sorted(by_day.items()):
        column = columns.count
        columns.count += 1
        columns.day_of.append(day.toordinal())
        columns.days[group].append((day, column))
        columns.sums.append((column, tuple(members)))
    return columns
