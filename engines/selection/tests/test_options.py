"""Options: seated people who must stay (top-up), and one person per household."""

from __future__ import annotations

import pytest

from engines.selection import Quota, SelectionError, Volunteer, draw, leximin

from .checks import every_panel_meets_quotas, panel_meets_quotas

POOL = [
    Volunteer(f"v{i}", {"sex": "female" if i % 2 else "male"}, household=f"h{i // 2}")
    for i in range(12)
]
QUOTAS = [Quota("sex", "female", 2, 3), Quota("sex", "male", 2, 3)]


def test_seated_people_sit_on_every_panel_and_the_rest_share_the_places_left():
    lottery = leximin(POOL, QUOTAS, 5, seated=["v1", "v3"])

    assert lottery.probabilities["v1"] == lottery.probabilities["v3"] == 1.0
    assert every_panel_meets_quotas(lottery, POOL, QUOTAS)
    for seed in range(20):
        panel = draw(lottery, seed).panel
        assert {"v1", "v3"} <= set(panel)
        assert panel_meets_quotas(panel, POOL, QUOTAS)
    # Two women seated: one more woman (of 4 left) and two or three men (of 6).
    others = [p for i, p in lottery.probabilities.items() if i not in ("v1", "v3")]
    assert sum(others) == pytest.approx(3)
    # Women can take only one more place (1 in 4 each); men share the other two.
    assert lottery.probabilities["v5"] == pytest.approx(1 / 4, abs=1e-6)
    assert lottery.probabilities["v0"] == pytest.approx(1 / 3, abs=1e-6)


def test_seated_people_beyond_a_maximum_are_refused():
    with pytest.raises(SelectionError, match="more than its maximum of 3"):
        leximin(POOL, QUOTAS, 5, seated=["v1", "v3", "v5", "v7"])


def test_seated_people_not_in_the_pool_are_refused():
    with pytest.raises(SelectionError, match="not in the pool: v99"):
        leximin(POOL, QUOTAS, 5, seated=["v99"])


def test_no_panel_holds_two_people_from_one_household():
    lottery = leximin(POOL, QUOTAS, 5, one_per_household=True)

    for seed in range(50):
        panel = draw(lottery, seed).panel
        homes = [int(person[1:]) // 2 for person in panel]
        assert len(homes) == len(set(homes))
    assert sum(lottery.probabilities.values()) == pytest.approx(5)
    assert lottery.minimum_probability == pytest.approx(5 / 12, abs=1e-6)


def test_households_of_seated_people_are_left_out():
    lottery = leximin(POOL, QUOTAS, 5, seated=["v1"], one_per_household=True)

    assert lottery.probabilities["v0"] == 0.0  # v0 shares household h0 with v1
    assert lottery.probabilities["v1"] == 1.0


def test_too_few_households_for_the_panel_is_explained():
    with pytest.raises(SelectionError, match="too few people can sit together"):
        leximin(
            POOL,
            [Quota("sex", "female", 0, 7), Quota("sex", "male", 0, 7)],
            7,
            one_per_household=True,
        )


def test_running_out_of_time_is_an_error_not_a_weaker_lottery():
    with pytest.raises(SelectionError, match="did not finish within the time limit"):
        leximin(POOL, QUOTAS, 5, time_limit=0.0)
