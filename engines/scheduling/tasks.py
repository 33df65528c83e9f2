"""The meetings a plan needs, as tasks with a span of days each, for the constructive scheduler.

A weekly to quarterly group needs one meeting in each required cadence period; a per-step
group needs `per_step` meetings in each design step; a group with a total needs `count`
meetings, spread by asking for one in each of `count` equal stretches of its span first.
Tasks are placed earliest deadline first, the least flexible first among equal deadlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .candidates import start_count
from .dates import MIN_GAP_DAYS, Span, cadence_periods, days, group_span, step_spans
from .model import Plan


@dataclass(frozen=True)
class Task:
    """One meeting of `group`, to fall in `span` (or, failing that, in `wider`)."""

    group: int
    span: Span
    wider: Span | None = None
    period: int = -1


def needed_tasks(plan: Plan, holidays: dict[date, str]) -> list[Task]:
    tasks: list[Task] = []
    steps = list(step_spans(plan).values())
    for g, group in enumerate(plan.groups):
        if group.cadence == "per_step":
            for step in steps:
                tasks.extend(spread_tasks(g, step, group.per_step))
        elif group.cadence == "total":
            # "At least per_step in each step" first, then the rest of the count anywhere.
            for step in steps if group.per_step else []:
                tasks.extend(spread_tasks(g, step, group.per_step))
            rest = group.count - group.per_step * len(steps)
            tasks.extend(spread_tasks(g, group_span(plan, group), max(0, rest)))
        else:
            periods = cadence_periods(plan, group)
            tasks.extend(Task(g, p, None, i) for i, p in enumerate(periods) if p.required)
    weekdays = [set(group.weekdays) for group in plan.groups]
    starts = [start_count(plan, g) for g in range(len(plan.groups))]

    def urgency(task: Task) -> tuple:
        """Deadline first; then fewest candidate days and times (venues aside)."""
        open_days = sum(
            d.weekday() in weekdays[task.group] and d not in holidays for d in days(task.span)
        )
        return (task.span.last, open_days * starts[task.group], task.group, task.span.first)

    return sorted(tasks, key=urgency)


def spread_tasks(g: int, span: Span, count: int) -> list[Task]:
    """`count` tasks, one per equal stretch of `span`, each free to use the whole span."""
    length = (span.last - span.first).days + 1
    tasks = []
    for n in range(count):
        first = span.first + timedelta(days=n * length // count)
        last = span.first + timedelta(days=(n + 1) * length // count - 1)
        tasks.append(Task(g, Span(first, max(first, last)), span))
    return tasks


def min_gap_days(cadence: str) -> int:
    """Days between two meetings of a group: its rhythm's spread, or 0 (same day allowed)."""
    return MIN_GAP_DAYS.get(cadence, 0)
