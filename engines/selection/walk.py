"""Split a fractional panel into real panels, to seed column generation with good columns.

Column generation alone adds panels one pricing round at a time and tails off for
hundreds of rounds on large pools. The relaxation's optimal fractional panel x shows
where the lottery must go: a Carathéodory walk writes x as a mixture of real panels.
Find a real panel v on the smallest face of the quota polytope holding x (same types at
0 or at their size, same quotas at their bounds), move x away from v until it meets a
new face, and repeat on that smaller face: each step pins at least one more bound, so
there are at most as many steps as types. A real panel on a face is found by rounding a
few random vertices of the face (rounding.py), and only failing that by the integer
programme over every type. The walk is only a source of columns: the
master LP re-weights them and the level is still proved by the relaxation bound or the
pricing programme, so a walk that stops early (no real panel on a face, or out of time)
costs nothing in exactness.
"""

from __future__ import annotations

import time

import highspy
import numpy as np

from .pricing import Pricer
from .problem import Problem
from .rounding import Rounder

SNAP = 1e-9  # a coordinate this close to a bound is on it
VERTICES = 4  # random vertices of a face to round before asking the full integer programme
STEP_SECONDS = 3.0  # give up on a face whose real panel takes longer than this to find


class Walk:
    """Carathéodory walks over the quota polytope, with an LP and an integer model."""

    def __init__(self, problem: Problem) -> None:
        self.sizes = np.array(problem.sizes, dtype=float)
        self.k = problem.k
        self.n = n = len(self.sizes)
        first = Pricer(problem)
        self.matrix, self.low, self.high = first.lines, first.low, first.high
        self.check = first.check
        self.lp = first.highs
        self.lp.changeColsIntegrality(
            n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kContinuous)
        )
        self.mip = Pricer(problem).highs
        self.mip.setOptionValue("time_limit", STEP_SECONDS)
        self.mip.changeColsCost(n, np.arange(n, dtype=np.int32), np.zeros(n))
        self.rng = np.random.default_rng(0)
        self.rounder = Rounder()
        self.y = None

    def start(self, x: np.ndarray) -> None:
        """Begin a walk from the fractional panel x."""
        self.y: np.ndarray | None = np.clip(np.asarray(x, dtype=float), 0.0, self.sizes)

    def panels(self, count: int, deadline: float, known: np.ndarray) -> list[tuple[int, ...]]:
        """Return up to `count` more real panels of the walk; none once it has ended.

        Panels in `known` (rows of counts per type) are used whenever one lies on the
        face, which saves solving for a new one.
        """
        found: list[tuple[int, ...]] = []
        while self.y is not None and len(found) < count and time.monotonic() < deadline:
            y = self.y
            v = self._panel_on_face(y, known)
            if v is None:
                self.y = None
                break
            found.append(tuple(int(c) for c in v))
            d = y - v
            step = self._room(y, d) if np.abs(d).max() >= SNAP else 0.0
            if not np.isfinite(step) or step <= 0:
                self.y = None
                break
            zero, full = self.face[:2]
            self.y = np.clip(
                np.where(zero, 0.0, np.where(full, self.sizes, y + step * d)), 0.0, self.sizes
            )
        return found

    def _room(self, y: np.ndarray, d: np.ndarray) -> float:
        """Return how far y can move along d before it leaves the quota polytope."""
        step = np.inf
        zero, full, floor, ceiling = self.face
        free = ~(zero | full)
        up, down = (d > SNAP) & free, (d < -SNAP) & free
        if up.any():
            step = min(step, float(((self.sizes - y)[up] / d[up]).min()))
        if down.any():
            step = min(step, float((-y[down] / d[down]).min()))
        at, move = self.matrix @ y, self.matrix @ d
        up, down = (move > SNAP) & ~ceiling, (move < -SNAP) & ~floor
        if up.any():
            step = min(step, float(((self.high - at)[up] / move[up]).min()))
        if down.any():
            step = min(step, float(((self.low - at)[down] / move[down]).min()))
        return step

    def _panel_on_face(self, y: np.ndarray, known: np.ndarray) -> np.ndarray | None:
        """Return a real panel on the smallest face holding y, or None if none is found."""
        n = self.n
        zero, full = y <= SNAP, y >= self.sizes - SNAP
        lower = np.where(full, self.sizes, 0.0)
        upper = np.where(zero, 0.0, self.sizes)
        at = self.matrix @ y
        floor, ceiling = at <= self.low + SNAP, at >= self.high - SNAP
        self.face = (zero, full, floor, ceiling)  # v shares these bounds: moving keeps them
        if len(known):
            lines = known @ self.matrix.T
            on = (known[:, zero] == 0).all(axis=1) & (known[:, full] == self.sizes[full]).all(
                axis=1
            )
            on &= (lines[:, floor] == self.low[floor]).all(axis=1)
            on &= (lines[:, ceiling] == self.high[ceiling]).all(axis=1)
            if on.any():
                return known[int(np.flatnonzero(on)[0])]
        row_low = np.where(ceiling, self.high, self.low).astype(float)
        row_high = np.where(floor, self.low, self.high).astype(float)
        rows = np.arange(1, len(at) + 1, dtype=np.int32)
        columns = np.arange(n, dtype=np.int32)
        for h in (self.lp, self.mip):
            h.changeColsBounds(n, columns, lower, upper)
            h.changeRowsBounds(len(rows), rows, row_low, row_high)
        for _ in range(VERTICES):
            self.lp.changeColsCost(n, columns, self.rng.random(n))
            self.lp.run()
            if self.lp.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                break
            vertex = np.array(self.lp.getSolution().col_value)
            near = self.rounder.round(vertex, self.matrix, row_low, row_high, self.k)
            if near is not None and self._valid(near) is not None:
                return near
        return self._integer_within(lower, upper)

    def _integer_within(self, lower: np.ndarray, upper: np.ndarray) -> np.ndarray | None:
        """Return a real panel on the face with counts between these bounds, or None."""
        n = self.n
        self.mip.changeColsBounds(n, np.arange(n, dtype=np.int32), lower, upper)
        self.mip.run()
        if self.mip.getInfo().primal_solution_status != 2:  # no feasible panel found
            return None
        return self._valid(np.round(np.array(self.mip.getSolution().col_value)))

    def _valid(self, v: np.ndarray) -> np.ndarray | None:
        """Return v if it is a real panel meeting every quota, else None."""
        try:
            self.check(v)
        except ValueError:
            return None
        return v
