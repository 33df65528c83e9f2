"""Checks on a plan before any scheduling, so bad input gets a plain message, not a solver error.

Each check names the thing that is wrong (the group, venue, person or step) and how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable

from .dates import step_spans
from .errors import SchedulingError
from .model import CADENCES, KINDS, REGIONS, Group, Plan
from .wording import minutes_text, nice_date


def check_plan(plan: Plan) -> None:
    """Raise SchedulingError with a clear message for the first problem found in the plan."""
    if plan.end < plan.start:
        fail(
            f"The programme ends on {nice_date(plan.end)}, before it starts on "
            f"{nice_date(plan.start)}: give an end date after the start date."
        )
    if plan.region not in REGIONS:
        fail(
            f"'{plan.region}' is not a bank-holiday region this engine knows: use one of "
            + ", ".join(f"{code} ({name})" for code, name in REGIONS.items())
            + "."
        )
    if (
        plan.start_step_minutes <= 0
        or min(plan.travel.between_venues_minutes, plan.travel.same_venue_minutes) < 0
    ):
        fail("Start-time steps must be positive and travel times cannot be negative.")
    if not plan.groups:
        fail("The plan has no groups, so there is nothing to schedule: add at least one group.")
    unique("group", (g.name for g in plan.groups))
    unique("venue", (v.name for v in plan.venues))
    unique("design step", (s.name for s in plan.steps))
    for venue in plan.venues:
        if venue.capacity <= 0:
            fail(
                f"The venue '{venue.name}' has a capacity of {venue.capacity}: give it room "
                "for at least one person, or remove it from the plan."
            )
    check_steps(plan)
    group_names = sorted(g.name for g in plan.groups)
    for person in plan.people:
        for name in person.groups:
            if name not in group_names:
                fail(
                    f"{person.name} is listed in the group '{name}', which is not one of the "
                    f"plan's groups ({', '.join(group_names)}). Check the spelling, or add "
                    "the group."
                )
    for group in plan.groups:
        check_group(plan, group)


def check_steps(plan: Plan) -> None:
    for step in plan.steps:
        has_dates = step.start is not None and step.end is not None
        if not has_dates and not (step.weeks and step.weeks > 0):
            fail(
                f"The design step '{step.name}' needs either a start and end date or a "
                "number of weeks greater than zero."
            )
    previous = None
    for name, span in step_spans(plan).items():
        if span.last < span.first:
            fail(f"The design step '{name}' ends before it starts: check its dates.")
        if span.first < plan.start or span.last > plan.end:
            fail(
                f"The design step '{name}' runs from {nice_date(span.first)} to "
                f"{nice_date(span.last)}, outside the programme ({nice_date(plan.start)} to "
                f"{nice_date(plan.end)}): move the step or lengthen the programme."
            )
        if previous is not None and span.first <= previous[1].last:
            fail(
                f"The design step '{name}' starts before '{previous[0]}' has finished: "
                "list the steps in order, one after another."
            )
        previous = (name, span)


def check_group(plan: Plan, group: Group) -> None:
    name = group.name
    if group.kind not in KINDS:
        fail(f"The group '{name}' has kind '{group.kind}'; use one of: {', '.join(KINDS)}.")
    if group.cadence not in CADENCES:
        fail(f"The group '{name}' meets '{group.cadence}'; use one of: {', '.join(CADENCES)}.")
    if group.duration_minutes <= 0:
        fail(f"The group '{name}' needs a meeting length greater than zero minutes.")
    if group.duration_minutes < group.minimum_minutes:
        fail(
            f"The group '{name}' meets for {minutes_text(group.duration_minutes)} but must "
            f"meet for at least {minutes_text(group.minimum_minutes)}: lengthen its meetings."
        )
    if not group.weekdays or any(day not in range(7) for day in group.weekdays):
        fail(f"The group '{name}' needs preferred weekdays from Monday to Sunday.")
    for window in group.windows:
        if window.end <= window.start:
            fail(
                f"The group '{name}' has a preferred time from {window.start:%H:%M} to "
                f"{window.end:%H:%M}, which ends before it starts: swap the times."
            )
    longest = max((minutes(w.end) - minutes(w.start) for w in group.windows), default=0)
    if longest < group.duration_minutes:
        fail(
            f"None of the preferred times of '{name}' is long enough for a "
            f"{minutes_text(group.duration_minutes)} meeting: widen a time window or "
            "shorten the meeting."
        )
    steps = {s.name for s in plan.steps}
    if (group.per_step > 0 or group.cadence == "per_step") and not steps:
        fail(f"The group '{name}' meets per design step, but the plan has no design steps.")
    if group.cadence == "per_step" and group.per_step <= 0:
        fail(f"The group '{name}' meets per design step: say how many meetings per step.")
    if group.cadence == "total" and group.count <= 0:
        fail(f"The group '{name}' needs a number of meetings greater than zero.")
    if group.after_step is not None and group.after_step not in steps:
        fail(
            f"The group '{name}' meets after the step '{group.after_step}', which is not "
            f"one of the plan's design steps ({', '.join(sorted(steps)) or 'none'})."
        )
    if group.after_step in steps and step_spans(plan)[group.after_step].last >= plan.end:
        fail(
            f"The group '{name}' meets after the step '{group.after_step}', but that step "
            "runs to the end of the programme: choose an earlier step or extend the programme."
        )
    venue_names = {v.name for v in plan.venues}
    for venue in group.venues:
        if venue not in venue_names:
            fail(f"The group '{name}' asks for the venue '{venue}', which is not in the plan.")
    if group.extra_attendance < 0:
        fail(f"The group '{name}' cannot expect fewer than zero extra people.")


def minutes(moment) -> int:
    """Minutes since midnight of a time (or datetime)."""
    return moment.hour * 60 + moment.minute


def unique(what: str, names: Iterable[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            fail(f"Two {what}s are called '{name}': give each {what} its own name.")
        seen.add(name)


def fail(message: str) -> None:
    raise SchedulingError(message)
