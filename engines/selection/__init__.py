"""Quota lotteries that give every volunteer as equal a chance as the quotas allow.

Method: LEXIMIN (Flanigan, Gölz, Gupta, Hennig and Procaccia, Nature 596, 2021) by
column generation on HiGHS, over types of interchangeable people. Guarantees: every
panel in the lottery meets the quotas; probabilities sum to k; a seeded draw repeats
exactly. When the quotas cannot be met, SelectionError says the smallest change that
would allow a selection; the engine never falls back to a weaker method.
`python -m engines.selection` runs it on the Sortition Foundation's CSV files.
`replacement` says which reserve takes the seat of someone who leaves, keeping every
quota, or which quota would break; `select` keeps reserves in a quota-aware order.
"""

from .draw import draw
from .errors import SelectionError
from .leximin import leximin
from .model import Lottery, Quota, Selection, Volunteer
from .problem import counted
from .reserves import Replacement, replacement


def select(pool, quotas, k, seed, **options) -> Selection:
    """Build the LEXIMIN lottery and draw one panel from it with the seed.

    Options are those of `leximin` (seated, one_per_household, features, time_limit,
    progress) and `reserves` (how many to keep). The reserves are in quota-aware order:
    see `engines.selection.reserves`.
    """
    reserves = options.pop("reserves", None)
    lottery = leximin(pool, quotas, k, **options)
    counting = counted(quotas, options.get("features"))
    return draw(lottery, seed, reserves=reserves, quotas=counting, pool=pool)


__all__ = [
    "Lottery",
    "Quota",
    "Replacement",
    "Selection",
    "SelectionError",
    "Volunteer",
    "draw",
    "leximin",
    "replacement",
    "select",
]
