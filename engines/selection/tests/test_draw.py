"""Drawing from the lottery: seeded draws repeat, and frequencies match probabilities."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from engines.selection import SelectionError, draw, leximin

from .checks import panel_meets_quotas
from .instances import sf_fixture_150

DRAWS = 10_000


@pytest.fixture(scope="module")
def fixture150():
    instance = sf_fixture_150()
    return instance, leximin(instance.pool, instance.quotas, instance.k)


def test_the_same_seed_draws_the_same_panel_and_reserves(fixture150):
    _, lottery = fixture150

    first, again = draw(lottery, 2026), draw(lottery, 2026)

    assert first.panel == again.panel
    assert first.reserves == again.reserves
    assert first.seed == 2026


def test_different_seeds_draw_different_panels(fixture150):
    _, lottery = fixture150

    panels = {draw(lottery, seed, reserves=0).panel for seed in range(20)}

    assert len(panels) > 15


def test_drawn_panel_meets_the_quotas_and_reserves_exclude_the_panel(fixture150):
    instance, lottery = fixture150

    selection = draw(lottery, 11)

    assert len(selection.panel) == instance.k
    assert panel_meets_quotas(selection.panel, instance.pool, instance.quotas)
    assert not set(selection.panel) & set(selection.reserves)
    assert len(selection.reserves) == len(instance.pool) - instance.k


def test_frequency_over_ten_thousand_draws_matches_each_probability(fixture150):
    instance, lottery = fixture150
    seen: Counter[str] = Counter()
    for seed in range(DRAWS):
        seen.update(draw(lottery, seed, reserves=0).panel)

    # Per-person binomial test: with 150 people, a 4.5 standard deviation band leaves a
    # chance under 1 in 1,000 of a false alarm, yet catches any person whose frequency
    # is off by a fifth of their probability.
    worst = 0.0
    chi_square = 0.0
    for person in instance.pool:
        p = lottery.probabilities[person.id]
        expected = DRAWS * p
        spread = math.sqrt(DRAWS * p * (1 - p))
        worst = max(worst, abs(seen[person.id] - expected) / spread)
        chi_square += (seen[person.id] - expected) ** 2 / (expected * (1 - p))
    assert worst < 4.5
    # Summed over people the statistic is about chi-square with 150 degrees of freedom;
    # 220 is beyond its 99.9th percentile.
    assert chi_square < 220


def test_a_seed_that_is_not_a_whole_number_is_refused(fixture150):
    _, lottery = fixture150

    with pytest.raises(SelectionError, match="seed must be a whole number"):
        draw(lottery, "seven")
