"""Properties over many small random pools: quotas always met, sums, repeatable draws.

For pools small enough to list every panel, the lowest probability is also checked
against an independent linear programme over all panels (maximin by brute force).
"""

from __future__ import annotations

import itertools

import highspy
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engines.selection import Quota, SelectionError, Volunteer, draw, leximin

from .checks import every_panel_meets_quotas, panel_meets_quotas

VALUES = {"age": ("16-29", "30-59", "60+"), "sex": ("female", "male"), "area": ("north", "south")}


@st.composite
def instances(draw_, max_people=14):
    """Return a random pool, quotas over its features and a panel size."""
    n = draw_(st.integers(3, max_people))
    features = draw_(st.sampled_from([("age", "sex"), ("age", "area"), ("age", "sex", "area")]))
    pool = [
        Volunteer(f"v{i:02d}", {f: draw_(st.sampled_from(VALUES[f])) for f in features})
        for i in range(n)
    ]
    k = draw_(st.integers(1, min(6, n)))
    quotas = []
    for feature in features:
        for value in VALUES[feature]:
            low = draw_(st.integers(0, 2))
            quotas.append(Quota(feature, value, low, low + draw_(st.integers(0, k))))
    return pool, quotas, k


def maximin_by_brute_force(pool, quotas, k) -> float | None:
    """Return the best lowest probability over all lotteries of all panels, by LP."""
    ids = [p.id for p in pool]
    panels = [c for c in itertools.combinations(ids, k) if panel_meets_quotas(c, pool, quotas)]
    if not panels:
        return None
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.addVar(0, 1)
    h.changeColCost(0, 1)
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    for _ in panels:
        h.addVar(0, 1)
    for person in ids:
        cols = [1 + j for j, panel in enumerate(panels) if person in panel]
        idx = np.array([0, *cols], dtype=np.int32)
        h.addRow(0, highspy.kHighsInf, len(idx), idx, np.array([-1.0] + [1.0] * len(cols)))
    idx = np.arange(1, len(panels) + 1, dtype=np.int32)
    h.addRow(1, 1, len(idx), idx, np.ones(len(idx)))
    h.run()
    return h.getSolution().col_value[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.integers(0, 2**32 - 1))
def test_quotas_are_met_probabilities_sum_to_k_and_draws_repeat(instance, seed):
    pool, quotas, k = instance
    try:
        lottery = leximin(pool, quotas, k)
    except SelectionError as error:
        assert maximin_by_brute_force(pool, quotas, k) is None or "add up" in str(error)
        return
    assert every_panel_meets_quotas(lottery, pool, quotas)
    assert sum(lottery.probabilities.values()) == pytest.approx(k, abs=1e-6)
    assert all(-1e-9 <= p <= 1 + 1e-9 for p in lottery.probabilities.values())
    first, again = draw(lottery, seed), draw(lottery, seed)
    assert first.panel == again.panel and first.reserves == again.reserves
    assert len(first.panel) == k
    assert panel_meets_quotas(first.panel, pool, quotas)


@settings(max_examples=40, deadline=None)
@given(instances(max_people=10))
def test_lowest_probability_is_the_best_any_lottery_can_give(instance):
    pool, quotas, k = instance
    best = maximin_by_brute_force(pool, quotas, k)
    if best is None:
        with pytest.raises(SelectionError):
            leximin(pool, quotas, k)
        return
    try:
        lottery = leximin(pool, quotas, k)
    except SelectionError as error:  # only input checks may refuse a solvable instance
        pytest.fail(f"refused a solvable instance: {error}")
    assert lottery.minimum_probability == pytest.approx(best, abs=1e-6)
