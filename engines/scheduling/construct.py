"""Build a calendar one meeting at a time, for plans too big to solve as one integer programme.

Each needed meeting (see `tasks.py`) takes its cheapest candidate that keeps every hard rule
with the meetings already placed: nobody in two places at once, travel time between venues,
one meeting at a time per venue, each group's rhythm and its meetings in each design step.
When a meeting finds no room, the one or two meetings in its way may move elsewhere in
their own spans to make room (a one-step repair). If that fails too, None is returned and
the caller falls back to the exact integer programme, which finds a calendar or names the
rules that clash; so a calendar from here always keeps every rule, and none is missed.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from datetime import date

from .candidates import Candidate, Options
from .dates import Span, step_spans
from .model import Plan
from .slots import Slot
from .stepping import StepNeeds
from .tasks import Task, min_gap_days, needed_tasks

REPAIR_TRIES = 200  # candidates tried per stuck meeting
MOST_MOVED = 2  # meetings moved to make room for one


def linked_groups(plan: Plan) -> list[set[int]]:
    """For each group, the groups sharing a member with it, and itself."""
    index = {group.name: g for g, group in enumerate(plan.groups)}
    linked = [{g} for g in range(len(plan.groups))]
    for person in plan.people:
        mine = {index[name] for name in person.groups}
        for g in mine:
            linked[g] |= mine
    return linked


class Builder:
    """The meetings placed so far, by day and by group, and what each step has had."""

    def __init__(self, plan: Plan, holidays: dict[date, str]):
        self.plan, self.options = plan, Options(plan, holidays)
        self.linked = linked_groups(plan)
        self.gaps = [min_gap_days(group.cadence) for group in plan.groups]
        self.steps = list(step_spans(plan).values())
        self.on_day: dict[date, list[int]] = defaultdict(list)
        self.group_days: dict[int, list[date]] = defaultdict(list)
        self.placed: dict[int, tuple[Slot, Span]] = {}
        self.in_step: dict[tuple[int, int], int] = defaultdict(int)
        self.next_key = 0
        self.stuck: Span | None = None

    def build(self) -> list[Slot] | None:
        """Every needed meeting placed, or None (then `stuck` says where it got stuck)."""
        for g, group in enumerate(self.plan.groups):
            if group.cadence == "total" and group.per_step * len(self.steps) > group.count:
                self.stuck = self.options.homes[g]  # too few meetings for every step
                return None
        tasks = needed_tasks(self.plan, self.options.holidays)
        self.needs = StepNeeds(self.plan, self.options, tasks)
        for task in tasks:
            if not self.place(task):
                self.stuck = task.span
                return None
        self.stuck = self.short_step()
        return None if self.stuck else [slot for slot, _ in self.placed.values()]

    def place(self, task: Task) -> bool:
        spans = self.needs.spans_for(task, self.in_step)
        spans += [task.wider] if task.wider is not None else []
        placed = any(self.place_in(task.group, s) is not None for s in spans) or any(
            self.repair(task.group, s) for s in spans
        )
        if placed:
            self.needs.placed(task)
        return placed

    def place_in(self, g: int, span: Span) -> int | None:
        """Place g's cheapest free candidate in span; its key, or None if none is free."""
        found = self.cheapest(g, span)
        return None if found is None else self.add(g, found, span)

    def cheapest(self, g: int, span: Span) -> Candidate | None:
        for candidate in self.options.listed(g, span):
            if self.spaced(g, candidate[1]) and not self.blocking(g, candidate):
                return candidate
        return None

    def repair(self, g: int, span: Span) -> bool:
        """Place g in span by moving the few meetings in the way of a candidate, if they can go."""
        tries = 0
        for candidate in self.options.listed(g, span):
            if tries >= REPAIR_TRIES or not self.spaced(g, candidate[1]):
                continue
            blocking = self.blocking(g, candidate)
            if len(blocking) > MOST_MOVED:
                continue
            tries += 1
            moved = [self.placed[key] for key in blocking]
            for key in blocking:
                self.remove(key)
            added = [self.add(g, candidate, span)]
            for other, other_span in moved:
                key = self.place_in(other.group, self.keeping_step(other, other_span))
                if key is None:
                    break
                added.append(key)
            else:
                return True
            for key in added:
                self.remove(key)
            for other, other_span in moved:
                self.add(other.group, (other.cost, other.day, other.start, other.venue), other_span)
        return False

    def keeping_step(self, slot: Slot, span: Span) -> Span:
        """Where a moved meeting may go: its span, inside its design step if it serves one."""
        if self.plan.groups[slot.group].per_step == 0:
            return span
        for step in self.steps:
            if step.holds(slot.day):
                return Span(max(span.first, step.first), min(span.last, step.last))
        return span

    def add(self, g: int, candidate: Candidate, span: Span) -> int:
        cost, day, start, venue = candidate
        slot = Slot(g, day, start, start + self.plan.groups[g].duration_minutes, venue, cost)
        key, self.next_key = self.next_key, self.next_key + 1
        self.placed[key] = (slot, span)
        self.on_day[day].append(key)
        insort(self.group_days[g], day)
        for s, step in enumerate(self.steps):
            self.in_step[(g, s)] += step.holds(day)
        return key

    def remove(self, key: int) -> None:
        slot, _ = self.placed.pop(key)
        self.on_day[slot.day].remove(key)
        self.group_days[slot.group].remove(slot.day)
        for s, step in enumerate(self.steps):
            self.in_step[(slot.group, s)] -= step.holds(slot.day)

    def spaced(self, g: int, day: date) -> bool:
        """True if day keeps the group's rhythm: no two meetings fewer than its gap apart."""
        gap, taken = self.gaps[g], self.group_days[g]
        if not gap or not taken:
            return True
        i = bisect_left(taken, day)
        before = i == 0 or (day - taken[i - 1]).days >= gap
        return before and (i == len(taken) or (taken[i] - day).days >= gap)

    def blocking(self, g: int, candidate: Candidate) -> list[int]:
        """Placed meetings too near this one: same venue at once, or shared people too close."""
        _, day, start, venue = candidate
        end = start + self.plan.groups[g].duration_minutes
        travel = self.plan.travel
        found = []
        for key in self.on_day[day]:
            other = self.placed[key][0]
            s, e, v = other.start, other.end, other.venue
            if v == venue and s < end and start < e:
                found.append(key)
            elif other.group in self.linked[g]:
                gap = travel.same_venue_minutes if v == venue else travel.between_venues_minutes
                if start < e + gap and s < end + gap:
                    found.append(key)
        return found

    def short_step(self) -> Span | None:
        """A design step where a group meeting per step as well as on a rhythm fell short."""
        for g, group in enumerate(self.plan.groups):
            if group.per_step > 0 and group.cadence != "per_step":
                for s, step in enumerate(self.steps):
                    if self.in_step[(g, s)] < group.per_step:
                        return step
        return None


def construct(plan: Plan, holidays: dict[date, str]) -> list[Slot] | Span:
    """A calendar's slots keeping every rule, or the days where placing them got stuck."""
    builder = Builder(plan, holidays)
    slots = builder.build()
    return slots if slots is not None else builder.stuck
