"""From a plan to a calendar: check, place or solve, and explain any conflict."""

from __future__ import annotations

from datetime import date, datetime, time

from .candidates import estimated_slots
from .columns import make_columns
from .construct import construct
from .dates import Span, bank_holidays, step_spans
from .errors import SchedulingError
from .explain import conflict_message, conflicting_rules
from .model import Calendar, Meeting, Plan
from .nearby import raise_clash_near
from .rules import build_rules
from .slots import Slot, candidate_slots, seats_needed
from .solve import Programme
from .validate import check_plan

# Above this many candidate slots, meetings are first placed one at a time (construct.py);
# the integer programme is the fallback, and the method for smaller plans (it finds the
# cheapest calendar, not just a good one).
CONSTRUCT_ABOVE = 15_000


def propose(plan: Plan) -> Calendar:
    """A calendar that meets every rule, preferring each group's favourite days and times.

    Small plans get the cheapest such calendar (the integer programme); big ones the one
    built meeting by meeting, if that does not get stuck. Raises SchedulingError naming
    the conflicting rules when there is none.
    """
    check_plan(plan)
    holidays = bank_holidays(plan)
    if estimated_slots(plan, holidays) > CONSTRUCT_ABOVE:
        built = construct(plan, holidays)
        if not isinstance(built, Span):
            return calendar_of(plan, built, holidays)
        raise_clash_near(plan, holidays, built)
    slots = candidate_slots(plan, holidays)
    columns = make_columns(slots)
    rules = build_rules(plan, columns)
    programme = Programme(plan, columns, rules)
    chosen = programme.solve([rule.key for rule in rules])
    if chosen is None:
        raise SchedulingError(conflict_message(plan, conflicting_rules(programme, rules)))
    return calendar_of(plan, [slots[i] for i in chosen], holidays)


def calendar_of(plan: Plan, slots: list[Slot], holidays: dict[date, str]) -> Calendar:
    steps = step_spans(plan)
    seats = [seats_needed(plan, group) for group in plan.groups]
    meetings = []
    for slot in slots:
        group = plan.groups[slot.group]
        meetings.append(
            Meeting(
                group=group.name,
                kind=group.kind,
                start=at(slot.day, slot.start),
                end=at(slot.day, slot.end),
                venue=plan.venues[slot.venue].name,
                step=next((name for name, span in steps.items() if span.holds(slot.day)), None),
                attendance=seats[slot.group],
            )
        )
    return Calendar(
        meetings=tuple(sorted(meetings, key=order)),
        bank_holidays=tuple(holidays.items()),
        region=plan.region,
    )


def at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def order(m: Meeting) -> tuple:
    return (m.start, m.end, m.group, m.venue)
