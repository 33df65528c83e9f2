"""Quotas that cannot be met, and input that cannot be used, get a message saying what to fix."""

from __future__ import annotations

import pytest

from engines.selection import Quota, SelectionError, Volunteer, leximin


def people(*rows: tuple[str, str]) -> list[Volunteer]:
    """Return volunteers v0, v1, ... with the given (age, sex) values."""
    return [Volunteer(f"v{i}", {"age": a, "sex": s}) for i, (a, s) in enumerate(rows)]


POOL = people(*[("65-74", "female")] * 4, *[("18-64", "male")] * 6, *[("18-64", "female")] * 2)


def quotas(old=(0, 3), young=(0, 6), female=(0, 6), male=(0, 6)) -> list[Quota]:
    return [
        Quota("age", "65-74", *old),
        Quota("age", "18-64", *young),
        Quota("sex", "female", *female),
        Quota("sex", "male", *male),
    ]


def test_conflicting_quotas_name_the_smallest_change():
    # Six women are needed, but only 3 older people are allowed and just 2 women are young.
    with pytest.raises(SelectionError) as caught:
        leximin(POOL, quotas(old=(0, 3), female=(6, 6)), 8)

    message = str(caught.value)
    assert message.startswith("No panel can meet all the quotas together")
    assert (
        "raise the maximum for age '65-74' from 3 to 4" in message
        or "lower the minimum for sex 'female' from 6 to 5" in message
    )
    assert "solver" not in message.lower()


def test_a_minimum_larger_than_the_pool_says_how_many_there_are():
    with pytest.raises(SelectionError) as caught:
        leximin(POOL, quotas(old=(5, 6), young=(0, 6)), 8)

    assert "only 4 people in the pool have age '65-74' but the minimum is 5" in str(caught.value)
    assert "lower the minimum for age '65-74' from 5 to 4" in str(caught.value)


def test_minimums_adding_up_to_more_than_k_are_refused():
    with pytest.raises(SelectionError, match="minimums for age add up to 9, more than the panel"):
        leximin(POOL, quotas(old=(3, 4), young=(6, 6)), 8)


def test_maximums_adding_up_to_less_than_k_are_refused():
    with pytest.raises(SelectionError, match="maximums for sex add up to 4, fewer than the panel"):
        leximin(POOL, quotas(female=(0, 2), male=(0, 2)), 8)


def test_a_value_no_quota_names_is_refused():
    pool = [*POOL, Volunteer("v99", {"age": "75+", "sex": "male"})]

    with pytest.raises(SelectionError, match="1 person has age '75\\+', which no quota names"):
        leximin(pool, quotas(), 8)


def test_duplicate_ids_are_refused():
    pool = [*POOL, Volunteer("v3", {"age": "18-64", "sex": "male"})]

    with pytest.raises(SelectionError, match="appear more than once in the pool: v3"):
        leximin(pool, quotas(), 8)


def test_a_panel_larger_than_the_pool_is_refused():
    with pytest.raises(SelectionError, match="panel of 13 is larger than the pool of 12"):
        leximin(POOL, quotas(old=(0, 13), young=(0, 13), female=(0, 13), male=(0, 13)), 13)


@pytest.mark.parametrize("k", [0, -1, 2.5, True])
def test_a_panel_size_that_is_not_a_positive_whole_number_is_refused(k):
    with pytest.raises(SelectionError, match="whole number of at least 1"):
        leximin(POOL, quotas(), k)


def test_a_quota_with_minimum_above_maximum_is_refused():
    with pytest.raises(SelectionError, match="minimum 4 and maximum 3"):
        leximin(POOL, quotas(old=(4, 3)), 8)


def test_a_person_missing_a_feature_is_refused():
    pool = [*POOL, Volunteer("v50", {"age": "18-64"})]

    with pytest.raises(SelectionError, match="v50 has no value for sex"):
        leximin(pool, quotas(), 8)
