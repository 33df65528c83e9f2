"""Draw one panel from a lottery, reproducibly from a published seed.

Anyone with the lottery and the seed can repeat the draw: Python's `random.Random(seed)`
picks a panel by its weight, then the people of each type uniformly, so everyone's chance
of being drawn is exactly their probability in the lottery.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Sequence

from .errors import SelectionError
from .model import Lottery, Quota, Selection, Volunteer
from .reserves import quota_aware_order


def draw(
    lottery: Lottery,
    seed: int,
    reserves: int | None = None,
    *,
    quotas: Sequence[Quota] | None = None,
    pool: Sequence[Volunteer] | None = None,
) -> Selection:
    """Draw a panel and an ordered list of reserves from the lottery with this seed.

    Reserves are everyone else with a chance of selection (or the first `reserves` of
    them), in a random order that puts people with higher probabilities earlier. Given
    the `quotas` and the `pool`, the order is then made quota-aware (see reserves.py):
    each panel member's first reserve who can replace them keeping every quota comes as
    early as the random order allows. Both orders repeat exactly from the seed.
    """
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise SelectionError(f"The seed must be a whole number, not {seed!r}.")
    if not lottery.panels:
        raise SelectionError("The lottery has no panels to draw from.")
    rng = random.Random(seed)
    cumulative = list(itertools.accumulate(lottery.weights))
    index = min(bisect.bisect_right(cumulative, rng.random() * cumulative[-1]), len(cumulative) - 1)
    chosen = list(lottery.seated)
    for members, count in zip(lottery.types, lottery.panels[index], strict=True):
        chosen.extend(rng.sample(members, count))
    panel = tuple(sorted(chosen))
    if reserves == 0:
        return Selection(panel, (), lottery.probabilities, seed, index, lottery)
    on_panel = set(panel)
    others = [
        person
        for person, chance in sorted(lottery.probabilities.items())
        if person not in on_panel and chance > 0
    ]
    # Weighted random order (Efraimidis and Spirakis): sort by u ** (1 / p), largest first.
    keys = {p: math.log(1.0 - rng.random()) / lottery.probabilities[p] for p in others}
    order = sorted(others, key=lambda p: (-keys[p], p))
    if quotas is not None and pool is not None:
        order = quota_aware_order(panel, order, quotas, pool)
    if reserves is not None:
        order = order[:reserves]
    return Selection(
        panel=panel,
        reserves=tuple(order),
        probabilities=lottery.probabilities,
        seed=seed,
        panel_index=index,
        lottery=lottery,
    )
