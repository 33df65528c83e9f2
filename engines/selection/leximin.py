"""LEXIMIN quota lotteries by column generation on HiGHS.

LEXIMIN (Flanigan, Gölz, Gupta, Hennig and Procaccia, Nature 596, 2021) makes the smallest
selection probability as large as the quotas allow, then the next smallest, and so on.
One linear programme over a growing set of panels (columns) maximises the lowest
probability z among the types not yet fixed; an integer programme prices new panels from
the duals. When no panel can raise z, the types whose dual is positive cannot do better
than z in any optimum: they are fixed (just under z, so rounding cannot make the LP
infeasible) and the next level starts, warm, in the same LP.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import highspy
import numpy as np

from .errors import SelectionError
from .infeasible import explain
from .model import Lottery, Quota, Volunteer
from .pricing import INF, Pricer, new_highs
from .problem import Problem, prepare
from .search import Swapper

IMPROVES = 1e-9  # a new panel must beat the current dual bound by this much
POSITIVE_DUAL = 1e-7  # a dual this large marks a type as tight at the current level
FIX_SLACK = 1e-8  # fixed types must keep at least their level minus this
MIN_WEIGHT = 1e-11  # panels with less weight than this are dropped from the lottery
LEVEL_GAP = 1e-8  # a level is settled when no panel could raise z by more than this
STALL, STALL_ROUNDS = 1e-9, 5  # after 5 rounds of swaps that do not raise z, ask the MIP
STARTS = 4  # panels to start swapping from in each round, for several new panels at once


def leximin(
    pool: Sequence[Volunteer],
    quotas: Sequence[Quota],
    k: int,
    *,
    seated: Sequence[str] = (),
    one_per_household: bool = False,
    time_limit: float | None = None,
) -> Lottery:
    """Return the LEXIMIN lottery over panels of k that meet the quotas.

    `seated` people sit on every panel (a top-up); with `one_per_household`, no panel
    holds two people of the same household. Raises SelectionError, saying what to change,
    when no panel meets the quotas, or when the solver cannot finish (within `time_limit`
    seconds, if given): it never returns a lottery short of LEXIMIN.
    """
    problem = prepare(pool, quotas, k, seated=seated, one_per_household=one_per_household)
    if problem.k == 0:
        panels, weights = [tuple(0 for _ in problem.types)], np.ones(1)
    else:
        deadline = None if time_limit is None else time.monotonic() + time_limit
        panels, weights = _solve(problem, deadline)
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


def _solve(problem: Problem, deadline: float | None) -> tuple[list[tuple[int, ...]], np.ndarray]:
    """Run the levels of LEXIMIN and return the panels with their weights."""
    pricer = Pricer(problem)
    sizes = pricer.sizes
    n = len(sizes)
    start = pricer.best(np.zeros(n))
    if start is None:
        raise SelectionError(explain(problem))
    panels = _cover(pricer, start)
    master = _Master(problem, panels)
    swapper = Swapper(problem)
    reachable = np.zeros(n, dtype=bool)
    for panel in panels:
        reachable |= np.array(panel) > 0
    for t in np.flatnonzero(~reachable):
        master.fix(int(t), 0.0)  # no panel can hold this type, so its chance is 0
    while master.unfixed:
        stalled, last = 0, -1.0
        while True:
            if deadline is not None and time.monotonic() > deadline:
                raise SelectionError(
                    f"The selection did not finish within the time limit ({len(master.unfixed)} "
                    f"of {n} types still to settle); no weaker method is used instead. Allow "
                    "more time, or use fewer features or values."
                )
            z, duals, bound = master.solve()
            weights = duals / sizes
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
                break
            master.add(panel)
        tight = [t for t in master.unfixed if duals[t] > POSITIVE_DUAL]
        if not tight:
            tight = [max(master.unfixed, key=lambda t: duals[t])]
        for t in tight:
            master.fix(t, max(0.0, z - FIX_SLACK))
    master.solve()
    return master.panels, master.weights()


def _swapped(
    swapper: Swapper, master: _Master, weights: np.ndarray, bound: float
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


class _Master:
    """The LP: maximise z, the lowest chance among unfixed types, over panel weights."""

    def __init__(self, problem: Problem, panels: list[tuple[int, ...]]) -> None:
        self.sizes = np.array(problem.sizes, dtype=float)
        self.n = n = len(self.sizes)
        h = self.highs = new_highs()
        # Columns are added to an optimal basis, which stays primal feasible: primal simplex
        # carries on from it, where dual simplex would largely start again.
        h.setOptionValue("presolve", "off")
        h.setOptionValue("simplex_strategy", 4)
        h.addVar(0.0, 1.0)  # z
        h.changeColCost(0, 1.0)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        for _ in range(n):
            h.addRow(0.0, INF, 1, np.array([0], dtype=np.int32), np.array([-1.0]))
        h.addRow(1.0, 1.0, 0, np.array([], dtype=np.int32), np.array([]))
        self.unfixed = list(range(n))
        self.panels: list[tuple[int, ...]] = []
        self.seen: set[tuple[int, ...]] = set()
        self._matrix: np.ndarray | None = None
        for panel in panels:
            self.add(panel)

    def add(self, panel: tuple[int, ...]) -> None:
        """Add a panel as a new column."""
        rows = [t for t, c in enumerate(panel) if c]
        values = [panel[t] / self.sizes[t] for t in rows] + [1.0]
        idx = np.array([*rows, self.n], dtype=np.int32)
        self.highs.addCol(0.0, 0.0, INF, len(idx), idx, np.array(values))
        self.panels.append(panel)
        self.seen.add(panel)
        self._matrix = None

    def matrix(self) -> np.ndarray:
        """Return the panels as rows of a matrix of counts per type."""
        if self._matrix is None:
            self._matrix = np.array(self.panels, dtype=float)
        return self._matrix

    def fix(self, t: int, level: float) -> None:
        """Require type t to keep at least this chance, and stop counting it in z."""
        self.highs.changeCoeff(t, 0, 0.0)
        self.highs.changeRowBounds(t, level, INF)
        self.unfixed.remove(t)

    def solve(self) -> tuple[float, np.ndarray, float]:
        """Solve; return z, the duals of the type rows (>= 0) and of the weights' sum."""
        h = self.highs
        h.run()
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            raise SelectionError(
                "The solver could not finish balancing the chances "
                f"({h.modelStatusToString(status)}); no weaker method is used instead."
            )
        solution = h.getSolution()
        duals = -np.array(solution.row_dual)
        z = solution.col_value[0]
        return z, np.maximum(duals[: self.n], 0.0), -duals[self.n]

    def weights(self) -> np.ndarray:
        """Return each panel's weight in the last solution."""
        values = np.array(self.highs.getSolution().col_value[1:])
        return np.maximum(values, 0.0)
