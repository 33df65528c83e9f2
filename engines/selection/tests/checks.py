"""Independent checks of a lottery, written without the engine's own helpers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from engines.selection import Lottery, Quota, Volunteer


def panel_meets_quotas(panel: Sequence[str], pool: Sequence[Volunteer], quotas) -> bool:
    """Return whether this panel of ids meets every quota."""
    by_id = {p.id: p for p in pool}
    counts = Counter((f, v) for person in panel for f, v in by_id[person].features.items())
    return all(q.minimum <= counts[(q.feature, q.value)] <= q.maximum for q in quotas)


def every_panel_meets_quotas(
    lottery: Lottery, pool: Sequence[Volunteer], quotas: Sequence[Quota]
) -> bool:
    """Return whether every panel in the lottery (by type counts) meets every quota."""
    by_id = {p.id: p for p in pool}
    for panel in lottery.panels:
        counts: Counter = Counter()
        for person in lottery.seated:
            counts.update(by_id[person].features.items())
        for members, count in zip(lottery.types, panel, strict=True):
            assert 0 <= count <= len(members)
            for item in by_id[members[0]].features.items():
                counts[item] += count
        if sum(panel) + len(lottery.seated) != lottery.k:
            return False
        if not all(q.minimum <= counts[(q.feature, q.value)] <= q.maximum for q in quotas):
            return False
    return True
