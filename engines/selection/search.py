"""Cheap pricing: improve existing panels by swapping one person for another.

Most rounds of column generation only need *some* panel better than the current dual
bound, not the best one. Swapping one person of one type for one of another, keeping
every quota, finds such panels in microseconds; the integer programme is then only
needed to prove, at the end of a level, that no better panel exists.
"""

from __future__ import annotations

import numpy as np

from .problem import Problem

MAX_SWAPS = 400


class Swapper:
    """Local search over panels by quota-preserving one-for-one swaps."""

    def __init__(self, problem: Problem) -> None:
        n = len(problem.types)
        self.member = np.zeros((len(problem.quotas), n))
        for q, types in enumerate(problem.rows):
            self.member[q, list(types)] = 1
        self.low = np.array([q.minimum for q in problem.quotas])
        self.high = np.array([q.maximum for q in problem.quotas])
        self.sizes = np.array(problem.sizes)
        self.home = np.full(n, -1)
        for h, types in enumerate(problem.households):
            self.home[list(types)] = h
        self.homes = len(problem.households)

    def improve(self, panel: tuple[int, ...], weights: np.ndarray) -> tuple[int, ...]:
        """Return the panel after best-gain swaps until no swap gains anything."""
        counts = np.array(panel)
        for _ in range(MAX_SWAPS):
            inside = np.flatnonzero(counts > 0)
            room = counts < self.sizes
            if self.homes:
                homes = self.home[counts > 0]
                taken = np.bincount(homes[homes >= 0], minlength=self.homes)
                room &= (self.home < 0) | (taken[self.home] == 0)
            outside = np.flatnonzero(room)
            if not len(inside) or not len(outside):
                break
            # Only pairs that could gain: the same best swap, on a far smaller matrix.
            outside = outside[weights[outside] > weights[inside].min() + 1e-12]
            if not len(outside):
                break
            inside = inside[weights[inside] < weights[outside].max() - 1e-12]
            if not len(inside):
                break
            gain = weights[outside][None, :] - weights[inside][:, None]
            gain[inside[:, None] == outside[None, :]] = -np.inf
            if gain.max() <= 1e-12:
                break
            tally = self.member @ counts
            floor = self.member[tally <= self.low]  # quotas that cannot lose anyone
            ceiling = self.member[tally >= self.high]  # quotas that cannot gain anyone
            if len(floor):
                gain[(floor[:, inside].T @ (1 - floor[:, outside])) > 0.5] = -np.inf
            if len(ceiling):
                gain[((1 - ceiling[:, inside]).T @ ceiling[:, outside]) > 0.5] = -np.inf
            best = int(np.argmax(gain))
            a, b = divmod(best, len(outside))
            if gain[a, b] <= 1e-12:
                break
            counts[inside[a]] -= 1
            counts[outside[b]] += 1
        return tuple(int(c) for c in counts)
