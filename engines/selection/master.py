"""The master LP of column generation: panel weights that lift the lowest chance.

One HiGHS model is kept for the whole run: panels are added as columns, types are fixed
by changing their row, and panels without weight are dropped between levels, so every
solve starts from the last optimal basis.
"""

from __future__ import annotations

import highspy
import numpy as np

from .errors import SelectionError
from .pricing import INF, new_highs
from .problem import Problem

BATCH = 50  # more new columns than this since the last solve: use dual simplex


class Master:
    """The LP: maximise z, the lowest chance among unfixed types, over panel weights."""

    def __init__(self, problem: Problem, panels: list[tuple[int, ...]]) -> None:
        self.sizes = np.array(problem.sizes, dtype=float)
        self.n = n = len(self.sizes)
        h = self.highs = new_highs()
        h.setOptionValue("presolve", "off")
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
        self.added = 0  # columns added since the last solve
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
        self.added += 1
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

    def aim(self, t: int, level: float) -> None:
        """Ask type t for this chance, short by at most -z (see `allow_shortfall`)."""
        self.highs.changeRowBounds(t, level, INF)
        self.reshaped()

    def reshaped(self) -> None:
        """Note that rows changed: the next solve is far from warm, so use dual simplex."""
        self.added = BATCH + 1

    def allow_shortfall(self) -> None:
        """Let z run from -1 to 0: maximising it then brings aimed types up to their levels."""
        self.highs.changeColBounds(0, -1.0, 0.0)

    def solve(self) -> tuple[float, np.ndarray, float]:
        """Solve; return z, the duals of the type rows (>= 0) and of the weights' sum."""
        h = self.highs
        # A few new columns leave the basis primal feasible: primal simplex carries on from
        # it. After many (a walk's worth) or re-aimed rows, dual simplex is far quicker.
        h.setOptionValue("simplex_strategy", 1 if self.added > BATCH else 4)
        self.added = 0
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

    def purge(self) -> None:
        """Drop panels without weight in the last solution, keeping the LP small and fast.

        The optimal basis keeps its columns, so the next solve starts where this one ended;
        a dropped panel that is needed again is simply generated again.
        """
        weights = self.weights()
        drop = np.flatnonzero(weights <= 0.0)
        if not len(drop):
            return
        self.highs.deleteCols(len(drop), (drop + 1).astype(np.int32))
        keep = np.flatnonzero(weights > 0.0)
        self.panels = [self.panels[i] for i in keep]
        self.seen = set(self.panels)
        self._matrix = None

    def weights(self) -> np.ndarray:
        """Return each panel's weight in the last solution."""
        values = np.array(self.highs.getSolution().col_value[1:])
        return np.maximum(values, 0.0)
