"""Dates the calendar is built on: bank holidays, design-step dates and cadence periods.

Cadence periods are counted from the programme's (or the group's) first day, so "fortnightly"
means one meeting in each fortnight of the programme, whatever day of the week it starts.
A last, shorter period still needs its meeting when it is at least half a period long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from .model import Group, Plan

PERIOD_DAYS = {"weekly": 7, "fortnightly": 14}
PERIOD_MONTHS = {"monthly": 1, "quarterly": 3}
MIN_GAP_DAYS = {"weekly": 3, "fortnightly": 7, "monthly": 14, "quarterly": 45}


@dataclass(frozen=True)
class Span:
    """Days from `first` to `last` inclusive; `required` says a meeting must fall inside."""

    first: date
    last: date
    required: bool = True

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


def bank_holidays(plan: Plan) -> dict[date, str]:
    """Bank holidays of the plan's region within its dates, from the `holidays` package."""
    years = range(plan.start.year, plan.end.year + 1)
    found = holidays.country_holidays("GB", subdiv=plan.region, years=years)
    return {day: name for day, name in sorted(found.items()) if plan.start <= day <= plan.end}


def step_spans(plan: Plan) -> dict[str, Span]:
    """Each design step's dates, laying steps given in weeks end to end."""
    spans: dict[str, Span] = {}
    cursor = plan.start
    for step in plan.steps:
        first = step.start or cursor
        last = step.end or first + timedelta(weeks=step.weeks or 0) - timedelta(days=1)
        spans[step.name] = Span(first, last)
        cursor = last + timedelta(days=1)
    return spans


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later, or the month's last day if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def group_span(plan: Plan, group: Group) -> Span:
    """The days a group may meet: the programme, or after its `after_step` has finished."""
    if group.after_step is None:
        return Span(plan.start, plan.end)
    return Span(step_spans(plan)[group.after_step].last + timedelta(days=1), plan.end)


def cadence_periods(plan: Plan, group: Group) -> list[Span]:
    """The periods in each of which a weekly/fortnightly/monthly/quarterly group meets once."""
    span = group_span(plan, group)
    periods: list[Span] = []
    first, index = span.first, 0
    while first <= span.last:
        if group.cadence in PERIOD_DAYS:
            following = first + timedelta(days=PERIOD_DAYS[group.cadence])
        else:
            index += 1
            following = add_months(span.first, PERIOD_MONTHS[group.cadence] * index)
        last = min(following - timedelta(days=1), span.last)
        full_length = (following - first).days
        periods.append(Span(first, last, ((last - first).days + 1) * 2 >= full_length))
        first = following
    return periods


def days(span: Span) -> list[date]:
    return [span.first + timedelta(days=n) for n in range((span.last - span.first).days + 1)]
