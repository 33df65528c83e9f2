"""LEXIMIN on the fractional relaxation first, then one walk to turn it into real panels.

Each level of the relaxation is an upper bound on what real panels can reach, and its
duals name the types held at that level (see relaxation.py). Running every level on the
relaxation alone costs a few small LPs. If the final fractional panel, which meets every
level, is then split by one walk into real panels, and the master LP confirms that those
panels meet every level at once, the lottery is LEXIMIN: each level is both an upper
bound and reached. When any step fails (a gap between the relaxation and real panels,
or a walk that cannot finish), the caller falls back to column generation level by
level, so this shortcut never returns a weaker lottery.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import highspy
import numpy as np

from .master import Master
from .problem import Problem
from .relaxation import Relaxation
from .walk import Walk

Level = tuple[list[int], float]
CHECK_SECONDS = 5.0  # a check that takes longer than this is failing: fall back sooner


def relaxed_levels(
    problem: Problem,
    zero: list[int],
    fix_at: Callable[[float], float],
    positive: float,
    check: Callable[[list[int]], None],
) -> tuple[list[Level], np.ndarray]:
    """Return the LEXIMIN levels of the relaxation and its final fractional panel.

    `zero` lists types no panel can hold; `check` is called with the unfixed types before
    each level, to stop at the deadline.
    """
    relaxation = Relaxation(problem)
    unfixed = [t for t in range(relaxation.n) if t not in set(zero)]
    for t in zero:
        relaxation.fix(t, 0.0)
    levels: list[Level] = []
    target = np.zeros(relaxation.n)
    while unfixed:
        check(unfixed)
        z, target, duals = relaxation.solve()
        tight = [t for t in unfixed if duals[t] > positive] or [
            max(unfixed, key=lambda t: duals[t])
        ]
        for t in tight:
            relaxation.fix(t, fix_at(z))
            unfixed.remove(t)
        levels.append((tight, z))
    return levels, target


def realise(
    problem: Problem,
    panels: list[tuple[int, ...]],
    levels: list[Level],
    target: np.ndarray,
    zero: list[int],
    fix_at: Callable[[float], float],
    walk_until: float,
) -> tuple[Master | None, list[tuple[int, ...]]]:
    """Return a solved master whose panels meet every level (None if the walk falls short),
    and the walk's panels, which still seed column generation when it does."""
    walk = Walk(problem)
    walk.start(target)
    known = np.array(panels, dtype=float)
    walked = walk.panels(4 * len(target) + 10, walk_until, known)
    if walk.y is not None or time.monotonic() > walk_until:
        return None, walked  # the walk ran out of time before it ended
    master = Master(problem, list(dict.fromkeys([*panels, *walked])))
    for t in zero:
        master.fix(t, 0.0)
    for tight, z in levels:
        for t in tight:
            master.fix(t, fix_at(z))
    # All rows change at once, so nothing is warm: dual simplex after presolve is quickest.
    master.highs.setOptionValue("presolve", "on")
    master.highs.setOptionValue("simplex_strategy", 1)
    seconds = min(CHECK_SECONDS, walk_until - time.monotonic())
    master.highs.setOptionValue("time_limit", max(1.0, seconds))
    master.highs.run()
    if master.highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None, walked
    return master, walked
