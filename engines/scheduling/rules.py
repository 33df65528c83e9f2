"""The scheduling rules as named sets of constraints over candidate slots.

Keeping each rule's constraints together, under a name a person would use ("the core team
meets every week"), is what lets the engine say which rules conflict: the deletion filter in
`explain.py` switches whole rules off and on, never single rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

from .columns import Columns, Interval
from .dates import MIN_GAP_DAYS, Span, cadence_periods, group_span, step_spans
from .model import Group, Plan
from .rooms import no_room
from .wording import (
    cadence_words,
    day_month,
    join_words,
    minutes_text,
    some_names,
    times_words,
    when_words,
)

Row = tuple[tuple[int, ...], float, float]


@dataclass
class Rule:
    """A named rule: its sentence, the groups it concerns and its constraint rows."""

    key: tuple
    text: str
    groups: tuple[int, ...]
    rows: list[Row] = field(default_factory=list)
    people: tuple[str, ...] = ()


def build_rules(plan: Plan, columns: Columns, horizon: Span | None = None) -> list[Rule]:
    """The rules over the columns; with a horizon, only periods and steps wholly inside it.

    Rules cut to a horizon are a relaxation: if they cannot all hold, nor can the plan's.
    """
    rules = []
    for g, group in enumerate(plan.groups):
        rules.append(cadence_rule(plan, g, columns, horizon))
        if group.per_step > 0 and group.cadence != "per_step":
            rule = Rule(("per_step", g), per_step_text(plan, group), (g,))
            rule.rows = step_rows(plan, g, columns, group.per_step, None, horizon)
            rules.append(rule)
    rules.extend(people_rules(plan, columns))
    rules.extend(venue_rules(plan, columns))
    return rules


def cadence_rule(plan: Plan, g: int, columns: Columns, horizon: Span | None = None) -> Rule:
    """One meeting per period, spread out; or so many per step; or so many in all."""
    group = plan.groups[g]
    rule = Rule(("cadence", g), cadence_text(plan, group), (g,))
    if group.cadence == "per_step":
        rule.rows = step_rows(plan, g, columns, group.per_step, group.per_step, horizon)
    elif group.cadence == "total":
        span = group_span(plan, group)
        if not within(span, horizon):
            return rule
        inside = columns.days_in(g, span.first, span.last)
        if not inside:
            no_room(plan, group, span, period_words(span))
        rule.rows = [(inside, group.count, group.count)]
    else:
        for period in cadence_periods(plan, group):
            if not within(period, horizon):
                continue
            inside = columns.days_in(g, period.first, period.last)
            if period.required and not inside:
                no_room(plan, group, period, period_words(period))
            if inside:
                rule.rows.append((inside, 1 if period.required else 0, 1))
        rule.rows.extend(spread_rows(columns.days[g], MIN_GAP_DAYS[group.cadence]))
    if group.cadence in ("per_step", "total"):
        rule.rows.extend(clique_rows(columns.times[g], plan.travel.same_venue_minutes, 1))
    return rule


def step_rows(
    plan: Plan, g: int, columns: Columns, low: int, high: int | None, horizon: Span | None
) -> list[Row]:
    rows: list[Row] = []
    for name, span in step_spans(plan).items():
        if not within(span, horizon):
            continue
        inside = columns.days_in(g, span.first, span.last)
        if not inside:
            no_room(plan, plan.groups[g], span, f"during the design step '{name}'")
        rows.append((inside, low, float("inf") if high is None else high))
    return rows


def within(span: Span, horizon: Span | None) -> bool:
    return horizon is None or (horizon.first <= span.first and span.last <= horizon.last)


def spread_rows(days: list[tuple[date, int]], gap_days: int) -> list[Row]:
    """At most one meeting in any `gap_days` days running, so meetings do not bunch up."""
    rows: list[Row] = []
    for day, _ in days:
        window_end = day + timedelta(days=gap_days - 1)
        inside = tuple(column for other, column in days if day <= other <= window_end)
        if len(inside) > 1 and (not rows or not set(inside) <= set(rows[-1][0])):
            rows.append((inside, 0, 1))
    return rows


def clique_rows(intervals: list[Interval], gap: int, groups_needed: int) -> list[Row]:
    """At each moment at most one of these meetings is on (counting `gap` minutes after each).

    Meetings stretched by `gap` clash exactly when they overlap at one of their starts, so a
    row per start time is the whole rule (intervals form an interval graph). Rows touching
    fewer than `groups_needed` groups are left to other rules.
    """
    rows: list[Row] = []
    by_day: dict[date, list[Interval]] = defaultdict(list)
    for interval in intervals:
        by_day[interval.day].append(interval)
    for day in sorted(by_day):
        todays = by_day[day]
        previous: set[int] = set()
        for moment in sorted({i.start for i in todays}):
            cover = [i for i in todays if i.start <= moment < i.end + gap]
            columns = {i.column for i in cover}
            if len({i.group for i in cover}) < groups_needed or len(columns) < 2:
                continue
            if not columns <= previous:
                rows.append((tuple(sorted(columns)), 0, 1))
                previous = columns
    return rows


def people_rules(plan: Plan, columns: Columns) -> list[Rule]:
    """One rule per pair of groups that share members: those meetings must not clash."""
    index = {group.name: g for g, group in enumerate(plan.groups)}
    shared: dict[tuple[int, int], list[str]] = defaultdict(list)
    for person in plan.people:
        mine = sorted({index[name] for name in person.groups})
        for a, b in combinations(mine, 2):
            shared[(a, b)].append(person.name)
    rules = []
    for (a, b), names in sorted(shared.items()):
        rows = clique_rows(columns.times[a] + columns.times[b], plan.travel.same_venue_minutes, 2)
        if not rows and not might_need_travel(plan, columns, a, b):
            continue
        text = (
            f"{some_names(names)} {'sits' if len(names) == 1 else 'sit'} in both "
            f"{plan.groups[a].name} and {plan.groups[b].name}, and nobody can be at two "
            "meetings at once or travel between venues in less than "
            f"{minutes_text(plan.travel.between_venues_minutes)}."
        )
        rules.append(Rule(("people", (a, b)), text, (a, b), rows, tuple(names)))
    return rules


def merged_people_rows(plan: Plan, columns: Columns, rules: list[Rule]) -> list[Row]:
    """The people rules' rows merged over groups that all share members with each other.

    Valid only while every people rule holds, and much stronger and fewer than one row per
    pair: when twenty groups all share members, one row per moment says "one meeting at a
    time" instead of a hundred and ninety. Used when solving with every rule switched on.
    """
    linked: dict[int, set[int]] = defaultdict(set)
    for rule in rules:
        if rule.key[0] == "people":
            a, b = rule.groups
            linked[a].add(b)
            linked[b].add(a)
    rows: list[Row] = []
    for clique in maximal_cliques(linked):
        intervals = [i for g in sorted(clique) for i in columns.times[g]]
        rows.extend(clique_rows(intervals, plan.travel.same_venue_minutes, 2))
    return rows


def maximal_cliques(linked: dict[int, set[int]]) -> list[frozenset[int]]:
    """Bron–Kerbosch with pivoting; groups are few, so this is quick."""
    found: list[frozenset[int]] = []

    def extend(chosen: set[int], candidates: set[int], excluded: set[int]) -> None:
        if not candidates and not excluded:
            if len(chosen) > 1:
                found.append(frozenset(chosen))
            return
        pivot = max(candidates | excluded, key=lambda g: (len(linked[g] & candidates), -g))
        for g in sorted(candidates - linked[pivot]):
            extend(chosen | {g}, candidates & linked[g], excluded & linked[g])
            candidates = candidates - {g}
            excluded = excluded | {g}

    extend(set(), set(linked), set())
    return sorted(found, key=sorted)


def might_need_travel(plan: Plan, columns: Columns, a: int, b: int) -> bool:
    """True if some meetings of a and b on one day could be too close to change venue."""
    gap = plan.travel.between_venues_minutes
    first = defaultdict(list)
    for i in columns.times[a]:
        first[i.day].append(i)
    return any(
        i.start < j.end + gap and j.start < i.end + gap
        for j in columns.times[b]
        for i in first.get(j.day, ())
    )


def venue_rules(plan: Plan, columns: Columns) -> list[Rule]:
    by_venue: dict[int, list[Interval]] = defaultdict(list)
    for i, slot in enumerate(columns.slots):
        by_venue[slot.venue].append(Interval(i, slot.group, slot.day, slot.start, slot.end))
    rules = []
    for v, venue in enumerate(plan.venues):
        rows = clique_rows(by_venue[v], 0, 2)
        if rows:
            groups = tuple(sorted({i.group for i in by_venue[v]}))
            text = f"{venue.name} can hold only one meeting at a time."
            rules.append(Rule(("venue", v), text, groups, rows))
    return rules


def cadence_text(plan: Plan, group: Group) -> str:
    text = (
        f"{group.name} meets {cadence_words(group)} for "
        f"{minutes_text(group.duration_minutes)}, on {when_words(group)}"
    )
    if group.after_step:
        first = group_span(plan, group).first
        text += (
            f", only after '{group.after_step}' has finished (from {day_month(first)} {first.year})"
        )
    if group.venues:
        text += f", at {join_words(list(group.venues))}"
    return text + "."


def per_step_text(plan: Plan, group: Group) -> str:
    steps = [
        f"'{name}' ({day_month(s.first, short=True)}–{day_month(s.last, short=True)})"
        for name, s in step_spans(plan).items()
    ]
    return (
        f"{group.name} must meet at least {times_words(group.per_step)} in each design "
        "step, in order: " + join_words(steps) + "."
    )


def period_words(period: Span) -> str:
    return f"between {day_month(period.first)} and {day_month(period.last)} {period.last.year}"
