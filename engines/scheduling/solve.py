"""Pick one candidate per needed meeting with an integer programme on HiGHS.

Rows for "nobody in two places at once" are added up front for the short, same-venue gap.
The longer gap for travel between venues is added lazily: solve, look for anyone who would
have to cross town too fast, forbid those pairs, solve again. Few rounds are ever needed.

Long programmes are solved a window of weeks at a time, earliest first, each window keeping
what the earlier ones settled: the model for the whole of a two-year programme is too big to
solve quickly, but a few weeks at a time is small. If a window cannot be completed that way,
the whole programme is solved at once, so no calendar is missed and conflicts are still found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from .columns import Columns
from .errors import SchedulingError
from .highs_run import run
from .model import Plan
from .rules import Row, Rule, merged_people_rows

MAX_ROUNDS = 60
WHOLE_LIMIT = 15_000
WINDOW_SLOTS = 3_000
WINDOW_STEP_DAYS = 14


class Programme:
    """The integer programme over candidate slots, with rules that can be switched off."""

    def __init__(self, plan: Plan, columns: Columns, rules: list[Rule]):
        self.columns = columns
        self.slots = slots = columns.slots
        self.on_day: dict[tuple, list[int]] = defaultdict(list)
        for i, slot in enumerate(slots):
            self.on_day[(slot.group, slot.day)].append(i)
        self.rules = {rule.key: rule for rule in rules}
        self.between = plan.travel.between_venues_minutes
        self.same = plan.travel.same_venue_minutes
        self.owners: dict[tuple[int, int], list[tuple]] = defaultdict(list)
        for rule in rules:
            if rule.key[0] == "people":
                a, b = rule.groups
                self.owners[(a, b)].append(rule.key)
                self.owners[(b, a)].append(rule.key)
            elif rule.key[0] == "cadence":
                self.owners[(rule.groups[0], rule.groups[0])].append(rule.key)
        self.cuts: dict[tuple, set[tuple[int, int]]] = defaultdict(set)
        self.spans: dict[tuple, list[tuple[int, int]]] = {}
        self.merged = Rule(("merged people",), "", (), merged_people_rows(plan, columns, rules))

    def solve(self, active: Collection[tuple], optimise: bool = True) -> list[int] | None:
        """Chosen slot indices obeying the active rules, or None if they cannot all hold."""
        if optimise and len(self.slots) > WHOLE_LIMIT:
            chosen = self._solve_by_windows(active)
            if chosen is not None:
                return chosen
        values = self._settle(active, optimise, None, {})
        return None if values is None else self._chosen(values)

    def _solve_by_windows(self, active: Collection[tuple]) -> list[int] | None:
        past: dict[int, float] = {}
        for window in self._windows():
            values = self._settle(active, True, window, past)
            if values is None:
                return None
            past.update(values)
        return self._chosen(past)

    def _windows(self) -> list[tuple[int, int]]:
        """Runs of whole fortnights holding about WINDOW_SLOTS candidates each."""
        days = sorted(set(self.columns.day_of))
        per_day = defaultdict(int)
        for slot in self.slots:
            per_day[slot.day.toordinal()] += 1
        first, last = days[0], days[-1]
        windows, start, count = [], first, 0
        for day in range(first, last + 1):
            count += per_day[day]
            closes = (day - first + 1) % WINDOW_STEP_DAYS == 0
            if (closes and count >= WINDOW_SLOTS) or day == last:
                windows.append((start, day))
                start, count = day + 1, 0
        return windows

    def _settle(self, active, optimise, window, past) -> dict[int, float] | None:
        """Solve, adding travel cuts until nobody has to change venue too fast."""
        for _ in range(MAX_ROUNDS):
            values = run(self.columns, self._rows(active, window), optimise, window, past)
            if values is None or not self._add_travel_cuts(self._chosen(values), active):
                return values
        raise SchedulingError(
            "The travel times between venues could not be settled: try fewer venues "
            "or a coarser start-time step."
        )

    def _rows(self, active: Collection[tuple], window: tuple[int, int] | None) -> list[Row]:
        """The active rules' rows and cuts; in a window, only rows touching its days.

        With every rule on, the people rules' rows give way to the merged, stronger ones.
        """
        merge = set(active) >= set(self.rules)
        rows: list[Row] = self._in_window(self.merged, window) if merge else []
        day = self.columns.day_of
        for key in active:
            if not (merge and key[0] == "people"):
                rows.extend(self._in_window(self.rules[key], window))
            cuts = [((a, b), 0, 1) for a, b in sorted(self.cuts[key])]
            if window is not None:
                cuts = [row for row in cuts if window[0] <= day[row[0][0]] <= window[1]]
            rows.extend(cuts)
        return rows

    def _in_window(self, rule: Rule, window: tuple[int, int] | None) -> list[Row]:
        if window is None:
            return rule.rows
        day = self.columns.day_of
        if rule.key not in self.spans:
            self.spans[rule.key] = [
                (min(day[c] for c in idx), max(day[c] for c in idx)) for idx, _, _ in rule.rows
            ]
        first, last = window
        return [
            row
            for row, (low, high) in zip(rule.rows, self.spans[rule.key], strict=True)
            if low <= last and high >= first
        ]

    def _chosen(self, values: dict[int, float]) -> list[int]:
        n = len(self.slots)
        return sorted(c for c, value in values.items() if c < n and value > 0.5)

    def _add_travel_cuts(self, chosen: list[int], active: Collection[tuple]) -> bool:
        """Forbid pairs that leave someone too little time to change venue; True if any."""
        added = False
        by_day = defaultdict(list)
        for i in chosen:
            by_day[self.slots[i].day].append(i)
        for todays in by_day.values():
            for a in todays:
                for b in todays:
                    if a < b and self._too_close(a, b):
                        for key in self.owners[(self.slots[a].group, self.slots[b].group)]:
                            if key in active:
                                added |= self._forbid_like(a, b, key)
        return added

    def _too_close(self, a: int, b: int) -> bool:
        sa, sb = self.slots[a], self.slots[b]
        if sa.day != sb.day:
            return False
        gap = self.same if sa.venue == sb.venue else self.between
        return sa.start < sb.end + gap and sb.start < sa.end + gap

    def _forbid_like(self, a: int, b: int, key: tuple) -> bool:
        """Forbid this pair and every pair like it (same groups, day and venues)."""
        sa, sb = self.slots[a], self.slots[b]
        near_a = [i for i in self.on_day[(sa.group, sa.day)] if self.slots[i].venue == sa.venue]
        near_b = self.on_day[(sb.group, sb.day)]
        before = len(self.cuts[key])
        for i in near_a:
            for j in near_b:
                if i != j and self._too_close(i, j):
                    self.cuts[key].add((min(i, j), max(i, j)))
        return len(self.cuts[key]) > before
