"""LEXIMIN quota lotteries by column generation on HiGHS.

LEXIMIN (Flanigan, Gölz, Gupta, Hennig and Procaccia, Nature 596, 2021) makes the smallest
selection probability as large as the quotas allow, then the next smallest, and so on.
First every level is found on the fractional relaxation, an upper bound, and column
generation looks for real panels meeting all of them at once (decompose.py): on most
pools they do, which proves the lottery LEXIMIN. Otherwise the levels are settled one at
a time: one linear programme over a growing set of panels (columns.py) maximises the
lowest probability z among the types not yet fixed. A level ends with a proof: z reaches
the relaxation's upper bound, or the integer programme shows that no panel can raise z.
The types whose dual (of the relaxation or of the master) is positive cannot do better
than z in any optimum: they are fixed (just under z, so rounding cannot make the LP
infeasible) and the next level starts, warm, in the same LP, after panels without weight
are dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np

from .columns import Columns, late
from .decompose import meet, relaxed_levels
from .errors import SelectionError
from .infeasible import explain
from .master import Master
from .model import Lottery, Quota, Volunteer
from .pricing import Pricer
from .problem import Problem, counted, prepare
from .relaxation import Relaxation
from .search import Swapper
from .walk import Walk

Progress = Callable[[str], None]

POSITIVE_DUAL = 1e-7  # a dual this large marks a type as tight at the current level
FIX_SLACK = 1e-8  # fixed types must keep at least their level minus this
MIN_WEIGHT = 1e-11  # panels with less weight than this are dropped from the lottery


def leximin(
    pool: Sequence[Volunteer],
    quotas: Sequence[Quota],
    k: int,
    *,
    seated: Sequence[str] = (),
    one_per_household: bool = False,
    time_limit: float | None = None,
    progress: Progress | None = None,
    features: Sequence[str] | None = None,
) -> Lottery:
    """Return the LEXIMIN lottery over panels of k that meet the quotas.

    `seated` people sit on every panel (a top-up); with `one_per_household`, no panel
    holds two people of the same household. Raises SelectionError, saying what to change,
    when no panel meets the quotas, or when the solver cannot finish (within `time_limit`
    seconds, if given): it never returns a lottery short of LEXIMIN. With `features`, only
    those features' quotas count (others in the quotas and the pool are ignored).
    `progress`, if given, is called with a short plain-English message as each level of
    chances is settled (for example "Settled 12 of 40 types of people").
    """
    quotas = counted(quotas, features)
    problem = prepare(pool, quotas, k, seated=seated, one_per_household=one_per_household)
    if problem.k == 0:
        panels, weights = [tuple(0 for _ in problem.types)], np.ones(1)
    else:
        deadline = None if time_limit is None else time.monotonic() + time_limit
        panels, weights = _solve(problem, deadline, progress)
    keep = [i for i, w in enumerate(weights) if w > MIN_WEIGHT]
    kept = np.array([weights[i] for i in keep])
    kept = kept / kept.sum()
    panels = [panels[i] for i in keep]
    probabilities = {person.id: 0.0 for person in pool}
    if problem.types:
        chances = (kept @ np.array(panels, dtype=float)) / np.array(problem.sizes, dtype=float)
        for members, chance in zip(problem.types, chances, strict=True):
            for person in members:
                probabilities[person] = min(1.0, float(chance))
    for person in problem.seated:
        probabilities[person] = 1.0
    return Lottery(
        types=problem.types,
        panels=tuple(panels),
        weights=tuple(float(w) for w in kept),
        probabilities=probabilities,
        seated=problem.seated,
        k=k,
    )


def _solve(
    problem: Problem, deadline: float | None, progress: Progress | None = None
) -> tuple[list[tuple[int, ...]], np.ndarray]:
    """Run LEXIMIN on the relaxation, then level by level only if real panels fall short."""
    pricer = Pricer(problem)
    n = len(pricer.sizes)
    start = pricer.best(np.zeros(n))
    if start is None:
        raise SelectionError(explain(problem))
    panels = _cover(pricer, start)
    reachable = np.zeros(n, dtype=bool)
    for panel in panels:
        reachable |= np.array(panel) > 0
    zero = [int(t) for t in np.flatnonzero(~reachable)]
    columns = Columns(pricer, Swapper(problem), Walk(problem), deadline)

    def check(unfixed: list[int]) -> None:
        if progress is not None:
            progress(f"Settled {n - len(unfixed)} of {n} types of people")
        if deadline is not None and time.monotonic() > deadline:
            raise SelectionError(late(len(unfixed), n))

    levels, target = relaxed_levels(problem, zero, _fix_at, POSITIVE_DUAL, check)
    shortcut, reached = meet(columns, problem, panels, levels, target, zero, _fix_at)
    if not reached:
        shortcut = _level_by_level(problem, columns, shortcut.panels, zero, progress)
    if progress is not None:
        progress(f"Settled all {n} types of people")
    return shortcut.panels, shortcut.weights()


def _level_by_level(
    problem: Problem,
    columns: Columns,
    panels: list[tuple[int, ...]],
    zero: list[int],
    progress: Progress | None,
) -> Master:
    """Settle one level at a time, starting from the panels found so far; return the master."""
    master = Master(problem, panels)
    relaxation = Relaxation(problem)
    n = master.n
    for t in zero:
        master.fix(t, 0.0)  # no panel can hold this type, so its chance is 0
        relaxation.fix(t, 0.0)
    while master.unfixed:
        if progress is not None:
            progress(f"Settled {n - len(master.unfixed)} of {n} types of people")
        tight, z = _level(master, relaxation, columns)
        master.purge()
        for t in tight:
            master.fix(t, _fix_at(z))
            relaxation.fix(t, _fix_at(z))
    master.solve()
    return master


def _level(master: Master, relaxation: Relaxation, columns: Columns) -> tuple[list[int], float]:
    """Raise the lowest chance among unfixed types as far as it goes; return who is stuck there.

    Two proofs end a level. Either the master reaches the relaxation's bound, and the
    relaxation's duals name the types held at it; or the pricing programme shows no panel
    can raise z, and the master's duals name them.
    """
    bound, target, duals = relaxation.solve()
    columns.walk.start(target)
    climb = columns.climb(master, bound, walk_first=len(master.unfixed) == master.n)
    if climb.reached:
        return _stuck(master, duals), min(climb.z, bound)
    return _stuck(master, climb.duals), climb.z


def _fix_at(z: float) -> float:
    """Return the chance a type held at level z must keep: just under z, for rounding."""
    return max(0.0, z - FIX_SLACK)


def _stuck(master: Master, duals: np.ndarray) -> list[int]:
    """Return the unfixed types an optimal dual marks as held at the level."""
    tight = [t for t in master.unfixed if duals[t] > POSITIVE_DUAL]
    return tight or [max(master.unfixed, key=lambda t: duals[t])]


def _cover(pricer: Pricer, first: tuple[int, ...]) -> list[tuple[int, ...]]:
    """Return starting panels that between them hold every type any panel can hold."""
    panels = [first]
    covered = np.array(first) > 0
    while not covered.all():
        panel = pricer.best((~covered).astype(float))
        if panel is None or not any(c and not done for c, done in zip(panel, covered, strict=True)):
            break
        panels.append(panel)
        covered |= np.array(panel) > 0
    return panels
