"""The columns a classified CSV gains: the themes, one 0/1 column per theme, and sentiment."""

from __future__ import annotations

from .framework import Framework
from .model import Predictions
from .sentiment import FIVE, THREE

THEMES = "themes"
LEVEL = "sentiment level"
FIVE_LEVELS = "sentiment"
THREE_LEVELS = "sentiment (3 levels)"


def columns(framework: Framework) -> list[str]:
    """Return the added column names; theme columns are prefixed so they cannot clash."""
    return [THEMES, *(f"theme: {t}" for t in framework.themes), LEVEL, FIVE_LEVELS, THREE_LEVELS]


def cells(framework: Framework, predicted: Predictions, row: int) -> list[str]:
    """Return the added cells for one row of the chunk."""
    labels = predicted.labels[row]
    named = "; ".join(t for t, on in zip(framework.themes, labels, strict=True) if on)
    level, three = int(predicted.sentiment5[row]), int(predicted.sentiment3[row])
    return [
        named,
        *("1" if on else "0" for on in labels),
        str(level) if level > 0 else "",
        FIVE.get(level, ""),
        THREE[three] if three >= 0 else "",
    ]
