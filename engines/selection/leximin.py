"""LEXIMIN quota lotteries by column generation on HiGHS.

LEXIMIN (Flanigan, Gölz, Gupta, Hennig and Procaccia, Nature 596, 2021) makes the smallest
selection probability as large as the quotas allow, then the next smallest, and so on.
One linear programme over a growing set of panels (columns) maximises the lowest
probability z among the types not yet fixed. New panels come from swaps that improve
existing ones, from a walk that splits the fractional relaxation's optimum into real
panels (relaxation.py, walk.py), and from an integer programme that prices them exactly.
A level ends with a proof: z reaches the relaxation's upper bound, or the integer
programme shows that no panel can raise z. The types whose dual (of the relaxation or of
the master) is positive cannot do better than z in any optimum: they are fixed (just under
z, so rounding cannot make the LP infeasible) and the next level starts, warm, in the same
LP, after panels without weight are dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np

from .decompose import realise, relaxed_levels
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

IMPROVES = 1e-9  # a new panel must beat the current dual bound by this much
POSITIVE_DUAL = 1e-7  # a dual this large marks a type as tight at the current level
FIX_SLACK = 1e-8  # fixed types must keep at least their level minus this
MIN_WEIGHT = 1e-11  # panels with less weight than this are dropped from the lottery
LEVEL_GAP = 1e-8  # a level is settled when no panel could raise z by more than this
STALL, STALL_ROUNDS = 1e-9, 5  # after 5 rounds of swaps that do not raise z, ask the MIP
REACHED = 1e-9  # the master is at the relaxation's bound when this close to it
WALK_SECONDS = 30.0  # longest time one walk may spend splitting the target into panels
SHORTCUT_SECONDS = 90.0  # longest time the one walk of decompose.py may take
WALK_AFTER = 20  # rounds of swaps at a later level before walking towards the bound
WALK_STEPS = 25  # panels the walk adds before the master checks whether it has reached the bound
STARTS = 20  # panels to start swapping from in each round, for several new panels at once


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
    """Run the levels of LEXIMIN and return the panels with their weights."""
    pricer = Pricer(problem)
    sizes = pricer.sizes
    n = len(sizes)
    start = pricer.best(np.zeros(n))
    if start is None:
        raise SelectionError(explain(problem))
    panels = _cover(pricer, start)
    reachable = np.zeros(n, dtype=bool)
    for panel in panels:
        reachable |= np.array(panel) > 0
    zero = [int(t) for t in np.flatnonzero(~reachable)]
    shortcut, _ = _shortcut(problem, panels, zero, deadline, progress)
    if shortcut is not None:
        return shortcut.panels, shortcut.weights()
    master = Master(problem, panels)
    relaxation = Relaxation(problem)
    swapper = Swapper(problem)
    walk = Walk(problem)
    for t in zero:
        master.fix(int(t), 0.0)  # no panel can hold this type, so its chance is 0
        relaxation.fix(int(t), 0.0)
    while master.unfixed:
        if progress is not None:
            progress(f"Settled {n - len(master.unfixed)} of {n} types of people")
        tight, z = _level(master, relaxation, pricer, swapper, walk, deadline)
        master.purge()
        for t in tight:
            master.fix(t, max(0.0, z - FIX_SLACK))
            relaxation.fix(t, max(0.0, z - FIX_SLACK))
    if progress is not None:
        progress(f"Settled all {n} types of people")
    master.solve()
    return master.panels, master.weights()


def _shortcut(
    problem: Problem,
    panels: list[tuple[int, ...]],
    zero: list[int],
    deadline: float | None,
    progress: Progress | None,
) -> tuple[Master | None, list[tuple[int, ...]]]:
    """Try every level on the relaxation and one walk (decompose.py); None if it falls short."""
    n = len(problem.sizes)

    def check(unfixed: list[int]) -> None:
        if progress is not None:
            progress(f"Settled {n - len(unfixed)} of {n} types of people")
        if deadline is not None and time.monotonic() > deadline:
            raise SelectionError(_late(len(unfixed), n))

    def fix_at(z: float) -> float:
        return max(0.0, z - FIX_SLACK)

    levels, target = relaxed_levels(problem, zero, fix_at, POSITIVE_DUAL, check)
    master, walked = realise(
        problem, panels, levels, target, zero, fix_at, _walk_deadline(deadline, SHORTCUT_SECONDS)
    )
    if master is not None and progress is not None:
        progress(f"Settled all {n} types of people")
    return master, walked


def _level(
    master: Master,
    relaxation: Relaxation,
    pricer: Pricer,
    swapper: Swapper,
    walk: Walk,
    deadline: float | None,
) -> tuple[list[int], float]:
    """Raise the lowest chance among unfixed types as far as it goes; return who is stuck there.

    Two proofs end a level. Either the master reaches the relaxation's bound, and the
    relaxation's duals name the types held at it; or the pricing programme shows no panel
    can raise z, and the master's duals name them.
    """
    bound_rel, target, duals_rel = relaxation.solve()
    walk.start(target)
    walk_until = _walk_deadline(deadline)
    stalled, last, rounds = 0, -1.0, 0
    while True:
        rounds += 1
        _check_time(deadline, master)
        z, duals, bound = master.solve()
        if z >= bound_rel - REACHED:
            return _stuck(master, duals_rel), min(z, bound_rel)
        walked = (
            walk.panels(WALK_STEPS, walk_until, master.matrix())
            if len(master.unfixed) == master.n or rounds >= WALK_AFTER
            else []
        )
        fresh = [panel for panel in dict.fromkeys(walked) if panel not in master.seen]
        for panel in fresh:
            master.add(panel)
        if walked:
            continue
        weights = duals / master.sizes
        stalled = stalled + 1 if z < last + STALL else 0
        last = max(last, z)
        fresh = _swapped(swapper, master, weights, bound) if stalled < STALL_ROUNDS else []
        if fresh:
            for panel in fresh:
                master.add(panel)
            continue
        stalled = 0
        panel = pricer.best(weights)
        if panel is None:
            raise SelectionError("A panel that met the quotas could not be found again.")
        # The best panel's value bounds the level: z cannot rise above z + (value - bound).
        if float(np.dot(weights, panel)) <= bound + LEVEL_GAP or panel in master.seen:
            return _stuck(master, duals), z
        master.add(panel)


def _stuck(master: Master, duals: np.ndarray) -> list[int]:
    """Return the unfixed types an optimal dual marks as held at the level."""
    tight = [t for t in master.unfixed if duals[t] > POSITIVE_DUAL]
    return tight or [max(master.unfixed, key=lambda t: duals[t])]


def _walk_deadline(deadline: float | None, seconds: float = WALK_SECONDS) -> float:
    """Return when a walk must stop: within `seconds`, and before the overall deadline."""
    end = time.monotonic() + seconds
    return end if deadline is None else min(end, deadline)


def _check_time(deadline: float | None, master: Master) -> None:
    """Raise SelectionError once the deadline has passed: never return a weaker lottery."""
    if deadline is not None and time.monotonic() > deadline:
        raise SelectionError(_late(len(master.unfixed), master.n))


def _late(unfixed: int, n: int) -> str:
    """Say that the deadline passed, how far the selection got, and what to change."""
    return (
        f"The selection did not finish within the time limit ({unfixed} of {n} types still "
        "to settle); no weaker method is used instead. Allow more time, or use fewer "
        "features or values."
    )


def _swapped(
    swapper: Swapper, master: Master, weights: np.ndarray, bound: float
) -> list[tuple[int, ...]]:
    """Return new panels beating the bound, found by swaps from the best few panels."""
    values = master.matrix() @ weights
    fresh: list[tuple[int, ...]] = []
    for i in np.argsort(-values)[:STARTS]:
        panel = swapper.improve(master.panels[i], weights)
        new = panel not in master.seen and panel not in fresh
        if new and float(np.dot(weights, panel)) > bound + IMPROVES:
            fresh.append(panel)
    return fresh


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
