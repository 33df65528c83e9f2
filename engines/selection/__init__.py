"""Quota lotteries that give every volunteer as equal a chance as the quotas allow.

Method: LEXIMIN (Flanigan, Gölz, Gupta, Hennig and Procaccia, Nature 596, 2021) by
column generation on HiGHS, over types of interchangeable people. Guarantees: every
panel in the lottery meets the quotas; probabilities sum to k; a seeded draw repeats
exactly. When the quotas cannot be met, SelectionError says the smallest change that
would allow a selection; the engine never falls back to a weaker method.
`python -m engines.selection` runs it on the Sortition Foundation's CSV files.
"""

from .draw import draw
from .errors import SelectionError
from .leximin import leximin
from .model import Lottery, Quota, Selection, Volunteer


def select(pool, quotas, k, seed, **options) -> Selection:
    """Build the LEXIMIN lottery and draw one panel from it with the seed."""
    reserves = options.pop("reserves", None)
    return draw(leximin(pool, quotas, k, **options), seed, reserves=reserves)


__all__ = [
    "Lottery",
    "Quota",
    "Selection",
    "SelectionError",
    "Volunteer",
    "draw",
    "leximin",
    "select",
]
