"""The fractional relaxation of a LEXIMIN level: a cheap, exact upper bound and a target.

Letting panels hold fractions of people gives a small linear programme (one variable
per type) whose best lowest chance z_rel is at least what any lottery of real panels can
reach, because every lottery's expected panel is such a fractional panel. On pools shaped
like real ones the two are usually equal: once the column generation reaches z_rel, the
level is proved optimal with no integer programme at all, and the relaxation's duals say
which types cannot rise above it (the same complementary-slackness argument as for the
master's duals: any lottery keeping the others at z or more has these types at exactly z).
The relaxation's optimal fractional panel is also the target that `walk` splits into real
panels.
"""

from __future__ import annotations

import highspy
import numpy as np

from .errors import SelectionError
from .pricing import INF, new_highs
from .problem import Problem


class Relaxation:
    """max z over fractional panels x (count per type) with x_t / size_t >= z, quotas met."""

    def __init__(self, problem: Problem) -> None:
        sizes = np.array(problem.sizes, dtype=float)
        self.n = n = len(sizes)
        h = self.highs = new_highs()
        h.addVar(0.0, 1.0)  # z
        h.changeColCost(0, 1.0)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        h.addVars(n, np.zeros(n), sizes)
        for t in range(n):
            idx = np.array([0, t + 1], dtype=np.int32)
            h.addRow(0.0, INF, 2, idx, np.array([-1.0, 1.0 / sizes[t]]))
        everyone = np.arange(1, n + 1, dtype=np.int32)
        h.addRow(problem.k, problem.k, n, everyone, np.ones(n))
        for quota, types in zip(problem.quotas, problem.rows, strict=True):
            idx = np.array(types, dtype=np.int32) + 1
            h.addRow(quota.minimum, quota.maximum, len(idx), idx, np.ones(len(idx)))
        for home in problem.households:
            idx = np.array(home, dtype=np.int32) + 1
            h.addRow(0.0, 1.0, len(idx), idx, np.ones(len(idx)))

    def fix(self, t: int, level: float) -> None:
        """Require type t to keep at least this chance, and stop counting it in z."""
        self.highs.changeCoeff(t, 0, 0.0)
        self.highs.changeRowBounds(t, level, INF)

    def solve(self) -> tuple[float, np.ndarray, np.ndarray]:
        """Return z_rel, the optimal fractional panel and the duals of the type rows (>= 0)."""
        h = self.highs
        h.run()
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            raise SelectionError(
                "The solver could not bound the chances "
                f"({h.modelStatusToString(status)}); no weaker method is used instead."
            )
        solution = h.getSolution()
        duals = np.maximum(-np.array(solution.row_dual[: self.n]), 0.0)
        return solution.col_value[0], np.array(solution.col_value[1:]), duals
