"""Work on each distinct comment once, then count the copies back in.

Surveys repeat themselves ("Very good", "No improvements needed", the same comment
pasted twice): classifying each distinct text once saves most of the work on big runs.
Two comments are the same when they match after folding case and runs of whitespace
(and, where the survey context is given, were answers to the same question with the
same rating: "Nothing" means one thing under "What was good?" and another under "How
could we improve?").
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

    def first_rows(self) -> np.ndarray:
        """Return the row where each distinct text was first seen."""
        return np.unique(self.row_to_distinct, return_index=True)[1]


def distinct(texts: Iterable[str], tags: Iterable[str] | None = None) -> Distinct:
    """Group identical comments; the first spelling of each stands for them all.

    With tags (one string per comment, such as its context), comments are the same only
    when their tags match too.
    """
    seen: dict[str, int] = {}
    firsts: list[str] = []
    counts: list[int] = []
    rows: list[int] = []
    texts = list(texts)
    for text, tag in zip(texts, tags if tags is not None else [""] * len(texts), strict=True):
        key = f"{normalise(text)}\x1e{tag}" if tag else normalise(text)
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
