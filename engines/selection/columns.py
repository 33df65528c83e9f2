"""Column generation: add panels to the master until z reaches a goal or cannot rise.

New panels come, cheapest first, from a walk that splits a fractional target into real
panels (walk.py), from one-for-one swaps that improve the panels the master weighs most
(search.py), and from the pricing integer programme (pricing.py), which alone can prove
that no panel raises z any further. The same loop settles one LEXIMIN level and checks,
in one go, that real panels meet every level of the relaxation (decompose.py).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .errors import SelectionError
from .master import Master
from .pricing import Pricer
from .search import Swapper
from .walk import Walk

IMPROVES = 1e-9  # a new panel must beat the current dual bound by this much
LEVEL_GAP = 1e-8  # z is proved optimal when no panel could raise it by more than this
STALL, STALL_ROUNDS = 1e-9, 5  # after 5 rounds of swaps that do not raise z, ask the MIP
REACHED = 1e-9  # z has reached its goal when this close to it
WALK_SECONDS = 30.0  # longest time one walk may spend splitting the target into panels
WALK_AFTER = 20  # rounds of swaps before walking, when the walk does not come first
WALK_STEPS = 25  # panels the walk adds before the master checks whether it has reached the goal
STARTS = 20  # panels to start swapping from in each round, for several new panels at once


@dataclass
class Climb:
    """How a climb ended: z, the master's duals, and whether z reached the goal."""

    z: float
    duals: np.ndarray
    reached: bool


class Columns:
    """The sources of new panels for one selection, and its deadline."""

    def __init__(self, pricer: Pricer, swapper: Swapper, walk: Walk, deadline: float | None):
        self.pricer, self.swapper, self.walk, self.deadline = pricer, swapper, walk, deadline

    def climb(
        self,
        master: Master,
        goal: float,
        walk_first: bool,
        walk_seconds: float = WALK_SECONDS,
        walk_steps: int = WALK_STEPS,
    ) -> Climb:
        """Raise the master's z with new panels until it reaches `goal` or is proved optimal.

        The walk (started by the caller) supplies panels first when `walk_first`, else only
        after WALK_AFTER rounds of swaps, `walk_steps` panels between master solves; it
        stops after `walk_seconds`.
        """
        walk_until = walk_deadline(self.deadline, walk_seconds)
        stalled, last, rounds = 0, -np.inf, 0
        while True:
            rounds += 1
            z, duals, bound = self.solve(master)
            if z >= goal - REACHED:
                return Climb(z, duals, True)
            walked = (
                self.walk.panels(walk_steps, walk_until, master.matrix())
                if walk_first or rounds >= WALK_AFTER
                else []
            )
            for panel in dict.fromkeys(walked):
                if panel not in master.seen:
                    master.add(panel)
            if walked:
                continue
            weights = duals / master.sizes
            stalled = stalled + 1 if z < last + STALL else 0
            last = max(last, z)
            fresh = self._swapped(master, weights, bound) if stalled < STALL_ROUNDS else []
            if fresh:
                for panel in fresh:
                    master.add(panel)
                continue
            stalled = 0
            panel = self.pricer.best(weights)
            if panel is None:
                raise SelectionError("A panel that met the quotas could not be found again.")
            # The best panel's value bounds z: it cannot rise above z + (value - bound).
            if float(np.dot(weights, panel)) <= bound + LEVEL_GAP or panel in master.seen:
                return Climb(z, duals, False)
            master.add(panel)

    def solve(self, master: Master) -> tuple[float, np.ndarray, float]:
        """Solve the master once the deadline is checked (one solve is not interrupted)."""
        self.check_time(master)
        return master.solve()

    def check_time(self, master: Master) -> None:
        """Raise SelectionError once the deadline has passed: never return a weaker lottery."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise SelectionError(late(len(master.unfixed), master.n))

    def _swapped(self, master: Master, weights: np.ndarray, bound: float) -> list[tuple[int, ...]]:
        """Return new panels beating the bound, found by swaps from the best few panels."""
        values = master.matrix() @ weights
        fresh: list[tuple[int, ...]] = []
        for i in np.argsort(-values)[:STARTS]:
            panel = self.swapper.improve(master.panels[i], weights)
            new = panel not in master.seen and panel not in fresh
            if new and float(np.dot(weights, panel)) > bound + IMPROVES:
                fresh.append(panel)
        return fresh


def walk_deadline(deadline: float | None, seconds: float = WALK_SECONDS) -> float:
    """Return when a walk must stop: within `seconds`, and before the overall deadline."""
    end = time.monotonic() + seconds
    return end if deadline is None else min(end, deadline)


def late(unfixed: int, n: int) -> str:
    """Say that the deadline passed, how far the selection got, and what to change."""
    return (
        f"The selection did not finish within the time limit ({unfixed} of {n} types still "
        "to settle); no weaker method is used instead. Allow more time, or use fewer "
        "features or values."
    )
