"""Keep every design step reachable for a group that meets on a rhythm and in every step.

Such a group (fortnightly, say, with `per_step`) gets one meeting per cadence period, and
each design step needs `per_step` of them. Before a period's meeting is placed, it may go
only where the steps' remaining needs can still be covered by the periods to come: a
matching of periods to steps, found greedily. Periods and steps are both runs of days in
order, so giving each period to the earliest step still in need that it can serve is never
worse than any other choice.
"""

from __future__ import annotations

from collections import defaultdict

from .candidates import Options
from .dates import Span, days, step_spans
from .model import Plan
from .tasks import Task


class StepNeeds:
    """The periods each such group has still to place, and which steps each can serve."""

    def __init__(self, plan: Plan, options: Options, tasks: list[Task]):
        self.plan, self.options = plan, options
        self.steps = list(step_spans(plan).values())
        self.pending: dict[int, list[Span]] = defaultdict(list)
        for task in sorted(tasks, key=lambda t: t.span.first):
            if task.period >= 0 and plan.groups[task.group].per_step > 0:
                self.pending[task.group].append(task.span)
        self.served: dict[tuple[int, Span], list[int]] = {}

    def spans_for(self, task: Task, in_step: dict[tuple[int, int], int]) -> list[Span]:
        """Where the task's meeting may go so every step can still get its meetings."""
        g, group = task.group, self.plan.groups[task.group]
        if task.period < 0 or group.per_step == 0:
            return [task.span]
        later = [span for span in self.pending[g] if span != task.span]
        need = [max(0, group.per_step - in_step[(g, s)]) for s in range(len(self.steps))]
        if self.coverable(g, need, later):
            return [task.span]
        spans = []
        for s in self.serves(g, task.span):
            if need[s]:
                need[s] -= 1
                if self.coverable(g, need, later):
                    step = self.steps[s]
                    first, last = max(task.span.first, step.first), min(task.span.last, step.last)
                    spans.append(Span(first, last))
                need[s] += 1
        return spans

    def placed(self, task: Task) -> None:
        if task.span in self.pending[task.group]:
            self.pending[task.group].remove(task.span)

    def coverable(self, g: int, need: list[int], periods: list[Span]) -> bool:
        left = list(need)
        for period in periods:
            for s in self.serves(g, period):
                if left[s]:
                    left[s] -= 1
                    break
        return not any(left)

    def serves(self, g: int, period: Span) -> list[int]:
        """The steps in which group g has an open day inside this period."""
        if (g, period) not in self.served:
            group, home = self.plan.groups[g], self.options.homes[g]
            holidays = self.options.holidays
            found = []
            for s, step in enumerate(self.steps):
                first, last = max(period.first, step.first), min(period.last, step.last)
                if first <= last and any(
                    d.weekday() in group.weekdays and d not in holidays and home.holds(d)
                    for d in days(Span(first, last))
                ):
                    found.append(s)
            self.served[(g, period)] = found
        return self.served[(g, period)]
