"""From a plan to a calendar: check, list candidates, solve, and explain any conflict."""

from __future__ import annotations

from datetime import date, datetime, time

from .columns import make_columns
from .dates import bank_holidays, step_spans
from .errors import SchedulingError
from .explain import conflict_message, conflicting_rules
from .model import Calendar, Meeting, Plan
from .rules import build_rules
from .slots import Slot, candidate_slots, seats_needed
from .solve import Programme
from .validate import check_plan


def propose(plan: Plan) -> Calendar:
    """The cheapest calendar (most preferred days, times and venues) that meets every rule.

    Raises SchedulingError naming the conflicting rules when there is none.
    """
    check_plan(plan)
    holidays = bank_holidays(plan)
    slots = candidate_slots(plan, holidays)
    columns = make_columns(slots)
    rules = build_rules(plan, columns)
    programme = Programme(plan, columns, rules)
    chosen = programme.solve([rule.key for rule in rules])
    if chosen is None:
        raise SchedulingError(conflict_message(plan, conflicting_rules(programme, rules)))
    return Calendar(
        meetings=tuple(sorted((meeting(plan, slots[i]) for i in chosen), key=order)),
        bank_holidays=tuple(holidays.items()),
        region=plan.region,
    )


def meeting(plan: Plan, slot: Slot) -> Meeting:
    group = plan.groups[slot.group]
    step = next((name for name, span in step_spans(plan).items() if span.holds(slot.day)), None)
    return Meeting(
        group=group.name,
        kind=group.kind,
        start=at(slot.day, slot.start),
        end=at(slot.day, slot.end),
        venue=plan.venues[slot.venue].name,
        step=step,
        attendance=seats_needed(plan, group),
    )


def at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def order(m: Meeting) -> tuple:
    return (m.start, m.end, m.group, m.venue)
