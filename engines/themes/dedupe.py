"""Work on each distinct comment once, then count the copies back in.

Surveys repeat themselves ("Very good", "No improvements needed", the same comment
pasted twice): classifying each distinct text once saves most of the work on big runs.
Two comments are the same when they match after folding case and runs of whitespace.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np


def normalise(text: str) -> str:
    """Return the text as compared for duplicates: case folded, whitespace collapsed."""
    return " ".join(text.split()).casefold()


@dataclass
class Distinct:
    """The distinct texts (first spelling seen), their normalised keys, how many of each,
    and which distinct text each row is."""

    texts: list[str]
    keys: list[str]
    counts: np.ndarray
    row_to_distinct: np.ndarray

    def expand(self, per_distinct: np.ndarray) -> np.ndarray:
        """Return per-row results from per-distinct results (the copies counted back)."""
        return per_distinct[self.row_to_distinct]


def distinct(texts: Iterable[str]) -> Distinct:
    """Group identical comments; the first spelling of each stands for them all."""
    seen: dict[str, int] = {}
    firsts: list[str] = []
    counts: list[int] = []
    rows: list[int] = []
    for text in texts:
        key = normalise(text)
        at = seen.get(key)
        if at is None:
            at = seen[key] = len(firsts)
            firsts.append(text)
            counts.append(0)
        counts[at] += 1
        rows.append(at)
    return Distinct(
        firsts, list(seen), np.array(counts, dtype=np.int64), np.array(rows, dtype=np.int64)
    )
