"""Reserves: who takes a seat when someone leaves, and an order that finds them early."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engines.selection import (
    Quota,
    Replacement,
    Selection,
    SelectionError,
    Volunteer,
    draw,
    leximin,
    replacement,
    select,
)

from .checks import panel_meets_quotas
from .instances import sf_fixture_150


@pytest.fixture(scope="module")
def fixture150():
    instance = sf_fixture_150()
    return instance, select(instance.pool, instance.quotas, instance.k, 7)


def seat_swapped(selection, leaving, reserve):
    return [p for p in selection.panel if p != leaving] + [reserve]


def fitting(selection, leaving, pool, quotas):
    """Return the reserves, in order, whose taking the seat keeps every quota met."""
    return [
        r
        for r in selection.reserves
        if panel_meets_quotas(seat_swapped(selection, leaving, r), pool, quotas)
    ]


def test_the_first_reserve_who_keeps_every_quota_takes_the_seat(fixture150):
    instance, selection = fixture150
    replaced = 0
    for leaving in selection.panel:
        result = replacement(selection, instance.quotas, leaving, instance.pool)
        if not fitting(selection, leaving, instance.pool, instance.quotas):
            assert not result.found
            continue
        replaced += 1
        assert result.found
        assert selection.reserves[result.position - 1] == result.reserve
        new_panel = seat_swapped(selection, leaving, result.reserve)
        assert panel_meets_quotas(new_panel, instance.pool, instance.quotas)
        earlier = selection.reserves[: result.position - 1]
        assert result.passed_over == earlier
        for person in earlier:
            swapped = seat_swapped(selection, leaving, person)
            assert not panel_meets_quotas(swapped, instance.pool, instance.quotas)
    assert replaced > len(selection.panel) // 2


def test_reserves_who_declined_are_skipped(fixture150):
    instance, selection = fixture150
    leaving = selection.panel[0]
    first = replacement(selection, instance.quotas, leaving, instance.pool)

    second = replacement(
        selection, instance.quotas, leaving, instance.pool, unavailable=[first.reserve]
    )

    assert second.found and second.reserve != first.reserve
    assert second.position > first.position


def test_quota_aware_order_puts_a_replacement_for_everyone_within_the_first_panel_size(
    fixture150,
):
    instance, selection = fixture150
    plain = draw(selection.lottery, 7)
    aware_worst = plain_worst = 0
    for leaving in selection.panel:
        fits = fitting(selection, leaving, instance.pool, instance.quotas)
        if fits:
            aware_worst = max(aware_worst, selection.reserves.index(fits[0]) + 1)
            plain_fits = fitting(plain, leaving, instance.pool, instance.quotas)
            plain_worst = max(plain_worst, plain.reserves.index(plain_fits[0]) + 1)
    assert aware_worst <= len(selection.panel)
    assert aware_worst <= plain_worst


def test_quota_aware_order_keeps_the_same_reserves_and_repeats_from_the_seed(fixture150):
    instance, selection = fixture150
    plain = draw(selection.lottery, 7)
    again = select(instance.pool, instance.quotas, instance.k, 7)

    assert again.reserves == selection.reserves
    assert plain.panel == selection.panel
    assert sorted(plain.reserves) == sorted(selection.reserves)


def test_when_no_reserve_fits_the_answer_says_which_quota_breaks():
    pool = [Volunteer("w1", {"sex": "female"})] + [
        Volunteer(f"m{i}", {"sex": "male"}) for i in range(5)
    ]
    quotas = [Quota("sex", "female", 1, 1), Quota("sex", "male", 0, 2)]
    selection = draw(leximin(pool, quotas, 3), 1)
    assert "w1" in selection.panel

    result = replacement(selection, quotas, "w1", pool)

    assert isinstance(result, Replacement)
    assert not result.found and result.position is None
    assert "sex 'female' needs at least 1 but has 0 once w1 leaves" in result.explanation
    assert len(result.passed_over) == len(selection.reserves) == 3


def test_someone_not_on_the_panel_cannot_leave_it(fixture150):
    instance, selection = fixture150

    with pytest.raises(SelectionError, match="is not on the panel"):
        replacement(selection, instance.quotas, selection.reserves[0], instance.pool)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c"]), min_size=6, max_size=12), st.integers(0, 99))
def test_a_replacement_is_found_exactly_when_some_reserve_keeps_the_quotas(values, seed):
    pool = [Volunteer(f"v{i}", {"group": v}) for i, v in enumerate(values)]
    quotas = [Quota("group", g, 1 if g in values else 0, 2) for g in ("a", "b", "c")]
    try:
        selection = select(pool, quotas, 4, seed)
    except SelectionError:
        return
    for leaving in selection.panel:
        result = replacement(selection, quotas, leaving, pool)
        fits = fitting(selection, leaving, pool, quotas)
        assert result.found == bool(fits)
        if fits:
            assert result.reserve == fits[0]


def test_one_per_household_passes_over_reserves_sharing_a_home_with_the_panel():
    pool = [
        Volunteer("a1", {"sex": "female"}, household="h1"),
        Volunteer("a2", {"sex": "female"}, household="h1"),
        Volunteer("b1", {"sex": "female"}, household="h2"),
        Volunteer("c", {"sex": "male"}, household="h3"),
    ]
    quotas = [Quota("sex", "female", 0, 2), Quota("sex", "male", 0, 2)]
    lottery = leximin(pool, quotas, 2)
    selection = Selection(("a1", "c"), ("a2", "b1"), lottery.probabilities, 0, 0, lottery)

    plain = replacement(selection, quotas, "c", pool)
    homes = replacement(selection, quotas, "c", pool, one_per_household=True)

    assert plain.reserve == "a2"
    assert homes.reserve == "b1" and homes.passed_over == ("a2",)
