"""LEXIMIN probabilities on the public instances match the published reference vectors."""

from __future__ import annotations

import pytest

from engines.selection import leximin

from .checks import every_panel_meets_quotas
from .instances import example_small_20, sf_fixture_150


@pytest.fixture(scope="module")
def example():
    instance = example_small_20()
    return instance, leximin(instance.pool, instance.quotas, instance.k)


@pytest.fixture(scope="module")
def fixture150():
    instance = sf_fixture_150()
    return instance, leximin(instance.pool, instance.quotas, instance.k)


def test_example_small_20_gives_everyone_one_in_ten_as_the_reference_does(example):
    instance, lottery = example
    ours = sorted(lottery.probabilities.values())

    assert len(ours) == len(instance.reference) == 200
    assert max(abs(a - b) for a, b in zip(ours, instance.reference, strict=True)) < 1e-4
    assert lottery.minimum_probability == pytest.approx(0.1, abs=1e-6)


def test_sf_fixture_150_matches_the_reference_levels(fixture150):
    # The reference comes from the paper's code, which accepts EPS = 0.0005 as equality
    # when it fixes each level; its upper levels therefore drift from the exact optimum
    # (16 people at 0.166651 where 1/6 is reachable). The lowest levels, which LEXIMIN
    # settles first and which decide fairness, agree to 1e-4; above them, to that EPS.
    instance, lottery = fixture150
    ours = sorted(lottery.probabilities.values())
    reference = instance.reference

    assert len(ours) == len(reference) == 150
    assert lottery.minimum_probability == pytest.approx(1 / 11, abs=1e-6)
    settled = [i for i, r in enumerate(reference) if r < 0.12]
    assert len(settled) == 48
    assert all(abs(ours[i] - reference[i]) < 1e-4 for i in settled)
    assert max(abs(a - b) for a, b in zip(ours, reference, strict=True)) < 1e-3


def test_sf_fixture_150_reaches_exact_levels_the_reference_only_approaches(fixture150):
    _, lottery = fixture150
    levels = sorted(lottery.probabilities.values())

    assert levels[22:48] == pytest.approx([3 / 26] * 26, abs=1e-6)
    assert levels[48:64] == pytest.approx([1 / 8] * 16, abs=1e-6)


@pytest.mark.parametrize("name", ["example", "fixture150"])
def test_probabilities_sum_to_k_and_every_panel_meets_the_quotas(name, request):
    instance, lottery = request.getfixturevalue(name)

    assert sum(lottery.probabilities.values()) == pytest.approx(instance.k, abs=1e-6)
    assert sum(lottery.weights) == pytest.approx(1.0, abs=1e-9)
    assert every_panel_meets_quotas(lottery, instance.pool, instance.quotas)
