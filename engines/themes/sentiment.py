"""Sentiment levels: five as the NHS data labels them, three for a quick balance of feeling.

Five levels run 1 very positive, 2 positive, 3 neutral or mixed, 4 negative, 5 very
negative. Three levels fold them: 1-2 positive, 3 neutral or mixed, 4-5 negative.
"""

from __future__ import annotations

import numpy as np

FIVE = {
    1: "very positive",
    2: "positive",
    3: "neutral or mixed",
    4: "negative",
    5: "very negative",
}
THREE = ("positive", "neutral or mixed", "negative")
_FOLD = {1: 0, 2: 0, 3: 1, 4: 2, 5: 2}


def three_level(level: int) -> str:
    """Return the three-level name of a five-level sentiment (1-5)."""
    if level not in _FOLD:
        raise ValueError(f"A five-level sentiment is 1 to 5, not {level!r}.")
    return THREE[_FOLD[level]]


def fold(levels: np.ndarray) -> np.ndarray:
    """Return three-level codes (0 positive, 1 neutral or mixed, 2 negative) for levels 1-5."""
    table = np.array([-1, 0, 0, 1, 2, 2])
    return table[np.asarray(levels, dtype=int)]
