"""Round an LP vertex to a real panel by a tiny integer programme over its fractional counts.

A vertex of the quota polytope has few fractional counts (at most one per tight row).
Keeping every whole count and choosing, for each fractional one, its floor or its
ceiling leaves an integer programme with a handful of 0/1 variables: solved in a
millisecond, where the same question over every type takes a hundred times longer.
It may have no solution (then the caller asks the full integer programme).
"""

from __future__ import annotations

import highspy
import numpy as np

from .pricing import new_highs

SNAP = 1e-9
SECONDS = 0.1  # a rounding that takes longer than this is hard: the caller tries elsewhere


class Rounder:
    """One small HiGHS model, cleared and refilled for each vertex (new instances are slow)."""

    def __init__(self) -> None:
        self.highs = new_highs()
        self.highs.setOptionValue("time_limit", SECONDS)

    def round(
        self, vertex: np.ndarray, matrix: np.ndarray, low: np.ndarray, high: np.ndarray, k: int
    ) -> np.ndarray | None:
        """Return counts within one of the vertex, with k people and every line between its
        bounds (matrix rows: types counted on each line), or None if there are none."""
        base = np.floor(vertex + SNAP)
        frac = np.flatnonzero(vertex - base > SNAP)
        at = matrix @ base
        touched = matrix[:, frac].any(axis=1) if len(frac) else np.zeros(len(at), dtype=bool)
        if ((at < low - SNAP) | (at > high + SNAP))[~touched].any():
            return None
        if not len(frac):
            return base if base.sum() == k else None
        h, m = self.highs, len(frac)
        h.clearModel()
        h.addVars(m, np.zeros(m), np.ones(m))
        every = np.arange(m, dtype=np.int32)
        h.changeColsIntegrality(m, every, np.full(m, highspy.HighsVarType.kInteger))
        h.addRow(k - base.sum(), k - base.sum(), m, every, np.ones(m))
        for line in np.flatnonzero(touched):
            idx = np.flatnonzero(matrix[line, frac]).astype(np.int32)
            h.addRow(low[line] - at[line], high[line] - at[line], len(idx), idx, np.ones(len(idx)))
        h.run()
        if h.getInfo().primal_solution_status != 2:
            return None
        counts = base.copy()
        counts[frac] += np.round(np.array(h.getSolution().col_value))
        return counts
