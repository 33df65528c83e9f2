"""LEXIMIN on the fractional relaxation first, then real panels that meet all its levels.

Each level of the relaxation is an upper bound on what real panels can reach, and its
duals name the types held at that level (see relaxation.py). Running every level on the
relaxation alone costs a few small LPs. Column generation then looks for real panels
meeting every level at once: one master LP asks each type for its level less a common
shortfall and drives the shortfall to 0, with panels from a walk that splits the final
fractional panel, from swaps and from the pricing programme. Reaching 0 proves the
lottery LEXIMIN (each level is both an upper bound and met); when the pricing programme
proves that 0 cannot be reached (real panels fall short of the relaxation), the caller
goes on level by level, so this shortcut never returns a weaker lottery.
"""

from __future__ import annotations

from collections.abc import Callable

import highspy
import numpy as np

from .columns import REACHED, Columns
from .master import Master
from .pricing import INF
from .problem import Problem
from .relaxation import Relaxation

Level = tuple[list[int], float]
SHORTFALL = 1e-7  # what the levels may miss by: the LP solver's own feasibility tolerance
EXCESS = 5e-7  # what a type may exceed its level by, taking up the others' shortfalls
POLISH_ITERATIONS = 100  # polishing is optional: past this many pivots, keep the check's solution
ITERATIONS_UNLIMITED = 2**31 - 1  # HiGHS's default simplex iteration limit
WALK_SECONDS = 90.0  # the walk comes first, until it ends; swaps and pricing finish the check


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


def meet(
    columns: Columns,
    problem: Problem,
    panels: list[tuple[int, ...]],
    levels: list[Level],
    target: np.ndarray,
    zero: list[int],
    fix_at: Callable[[float], float],
) -> tuple[Master, bool]:
    """Return a master holding every type at its relaxed level, and whether real panels do it.

    Each type's row asks for its level less the shortfall -z; column generation (with the
    walk from `target` first) raises z to 0, or the pricing programme proves it cannot.
    """
    master = Master(problem, panels)
    master.allow_shortfall()
    for t in zero:
        master.fix(t, 0.0)
    for tight, z in levels:
        for t in tight:
            master.aim(t, fix_at(z))
    columns.walk.start(target)
    # The walk ends within one step per type and bound: solve the master only after it.
    steps = 4 * len(target) + 10
    climb = columns.climb(master, -SHORTFALL, True, WALK_SECONDS, steps)
    return master, climb.reached and _polish(columns, master, levels, fix_at)


def _polish(
    columns: Columns, master: Master, levels: list[Level], fix_at: Callable[[float], float]
) -> bool:
    """Hold every type within EXCESS above its level too, when the panels allow it.

    Each type's LEXIMIN chance is exactly its level; the shortfalls the check allows could
    otherwise add up on a few types. If the panels cannot, the check's solution stands:
    every level is still met within the solver's tolerance. Return whether one holds.
    """
    h = master.highs
    checked = h.getBasis()  # the check's optimal basis, to return to if polishing fails
    h.setOptionValue("simplex_strategy", 1)  # every row changes: dual simplex
    h.setOptionValue("simplex_iteration_limit", POLISH_ITERATIONS)
    h.changeColBounds(0, 0.0, 0.0)
    for tight, z in levels:
        for t in tight:
            h.changeRowBounds(t, fix_at(z) - SHORTFALL, fix_at(z) + EXCESS)
    h.run()
    h.setOptionValue("simplex_iteration_limit", ITERATIONS_UNLIMITED)
    if h.getModelStatus() == highspy.HighsModelStatus.kOptimal:
        return True
    h.changeColBounds(0, -1.0, 0.0)
    for tight, z in levels:
        for t in tight:
            h.changeRowBounds(t, fix_at(z), INF)
    # Back on the check's own basis, the solve below is one factorisation, not thousands
    # of pivots from wherever the failed polish stopped.
    h.setBasis(checked)
    z, _, _ = columns.solve(master)
    return z >= -SHORTFALL - REACHED
