"""Find the panel that best serves given weights: a small integer programme on HiGHS.

One variable per type (how many of that type sit on the panel), one row per quota and
one per shared household. Only the objective changes between calls, so the model is
built once.
"""

from __future__ import annotations

from collections.abc import Sequence

import highspy
import numpy as np

from .errors import SelectionError
from .problem import Problem

INF = highspy.kHighsInf


def new_highs() -> highspy.Highs:
    """Return a quiet, single-threaded HiGHS instance whose results do not vary by run."""
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("random_seed", 0)
    h.setOptionValue("threads", 1)
    return h


class Pricer:
    """Solve for the best panel under any weighting of the types."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        sizes = np.array(problem.sizes, dtype=float)
        self.sizes = sizes
        n = len(sizes)
        h = self.highs = new_highs()
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 1e-10)
        h.addVars(n, np.zeros(n), sizes)
        h.changeColsIntegrality(
            n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kInteger)
        )
        _row(h, range(n), problem.k, problem.k)
        for quota, types in zip(problem.quotas, problem.rows, strict=True):
            _row(h, types, quota.minimum, quota.maximum)
        for home in problem.households:
            _row(h, home, 0, 1)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        # The same rows as a 0/1 matrix, so that checking a panel is one product, not a
        # Python loop over every type (it runs once per panel found).
        lines = [*problem.rows, *problem.households]
        self.lines = np.zeros((len(lines), n))
        for i, types in enumerate(lines):
            self.lines[i, list(types)] = 1.0
        self.low = np.array([q.minimum for q in problem.quotas] + [0] * len(problem.households))
        self.high = np.array([q.maximum for q in problem.quotas] + [1] * len(problem.households))

    def best(self, weights: Sequence[float] | np.ndarray) -> tuple[int, ...] | None:
        """Return the panel (count per type) maximising the weighted count, None if none exists."""
        n = len(self.sizes)
        h = self.highs
        h.changeColsCost(n, np.arange(n, dtype=np.int32), np.asarray(weights, dtype=float))
        h.run()
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            return None
        if status != highspy.HighsModelStatus.kOptimal:
            raise SelectionError(
                f"The solver could not finish finding a panel ({h.modelStatusToString(status)}); "
                "no weaker method is used instead. Try again, or simplify the quotas."
            )
        counts = tuple(round(v) for v in h.getSolution().col_value)
        self.check(counts)
        return counts

    def check(self, counts: Sequence[int] | np.ndarray) -> None:
        """Raise SelectionError unless the panel meets every quota: never trust a tolerance."""
        c = np.asarray(counts)
        if c.dtype.kind == "f" and not (c == np.round(c)).all():
            raise SelectionError("The solver returned a panel that breaks the quotas; stopping.")
        c = c.astype(np.int64)
        tally = self.lines @ c if len(self.lines) else np.zeros(0)
        fine = c.sum() == self.problem.k and (c >= 0).all() and (c <= self.sizes).all()
        if not (fine and (tally >= self.low).all() and (tally <= self.high).all()):
            raise SelectionError("The solver returned a panel that breaks the quotas; stopping.")


def _row(h: highspy.Highs, columns, lower: float, upper: float) -> None:
    """Add the row lower <= sum of the columns <= upper."""
    idx = np.fromiter(columns, dtype=np.int32)
    h.addRow(lower, upper, len(idx), idx, np.ones(len(idx)))
