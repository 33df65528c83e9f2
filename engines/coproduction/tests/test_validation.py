"""Inconsistent snapshots are refused with a message that says how to fix them."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from engines.coproduction import CoproductionError, Group, Membership, Thresholds, check

from .builders import START, Programme


def programme_with_a_member() -> Programme:
    """Return a programme with one lay partner in one working group."""
    programme = Programme()
    programme.seat(programme.person("Jane Doe"), programme.group("Informatics working group"))
    return programme


def refused(programme: Programme, thresholds: Thresholds | None = None) -> str:
    """Return the message of the error that check() raises."""
    with pytest.raises(CoproductionError) as raised:
        check(programme.snapshot(), thresholds or Thresholds())
    return str(raised.value)


def test_unknown_group_kind_is_refused():
    programme = programme_with_a_member()
    programme.groups.append(Group("g9", "Steering board", "board", 0))

    message = refused(programme)

    assert "Group 'Steering board' has the unknown kind 'board'" in message
    assert "use one of: core_design_team" in message


def test_unknown_role_is_refused():
    programme = programme_with_a_member()
    programme.memberships[0] = dataclasses.replace(programme.memberships[0], role="secretary")

    message = refused(programme)

    assert "Jane Doe in 'Informatics working group' has the unknown role 'secretary'" in message
    assert "use one of: member, chair" in message


def test_membership_of_unknown_person_is_refused():
    programme = programme_with_a_member()
    programme.memberships.append(Membership("p404", programme.groups[0].id, "member", START))

    assert "points to person 'p404', who is not in the snapshot" in refused(programme)


def test_membership_of_unknown_group_is_refused():
    programme = programme_with_a_member()
    programme.memberships.append(Membership(programme.people[0].id, "g404", "member", START))

    assert "points to group 'g404', which is not in the snapshot" in refused(programme)


@pytest.mark.parametrize("records", ["groups", "people"])
def test_duplicate_ids_are_refused(records):
    programme = programme_with_a_member()
    items = getattr(programme, records)
    items.append(items[0])

    assert f"share the id '{items[0].id}'" in refused(programme)


def test_duplicate_organisation_ids_are_refused():
    programme = programme_with_a_member()
    programme.organisation("Brent Carers Centre", "carers")
    programme.organisations.append(programme.organisations[0])

    assert "2 organisation records share the id" in refused(programme)


def test_membership_ending_before_it_starts_is_refused():
    programme = programme_with_a_member()
    end = START - datetime.timedelta(days=1)
    programme.memberships[0] = dataclasses.replace(programme.memberships[0], ended_on=end)

    message = refused(programme)

    assert "ends on 2026-01-04, before it starts on 2026-01-05" in message
    assert "correct one of the dates" in message


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("min_lay_partners", "minimum number of lay partners"),
        ("min_members", "minimum size"),
        ("max_members", "maximum size"),
    ],
)
def test_negative_minimums_and_sizes_are_refused(field, label):
    programme = programme_with_a_member()
    programme.groups[0] = dataclasses.replace(programme.groups[0], **{field: -1})

    assert f"has a {label} of -1; use 0 or more" in refused(programme)


def test_minimum_size_above_maximum_is_refused():
    programme = programme_with_a_member()
    programme.groups[0] = dataclasses.replace(programme.groups[0], min_members=9, max_members=5)

    assert "minimum size of 9, above its maximum of 5" in refused(programme)


@pytest.mark.parametrize(
    ("thresholds", "words"),
    [
        (Thresholds(advisory_min=30), "advisory_min is above advisory_max"),
        (Thresholds(forum_shortfall=1.5), "forum_shortfall should be a fraction"),
        (Thresholds(max_groups_per_lay_partner=0), "max_groups_per_lay_partner"),
        (Thresholds(forum_target=-1), "forum_target is negative"),
    ],
)
def test_thresholds_that_make_no_sense_are_refused(thresholds, words):
    assert words in refused(programme_with_a_member(), thresholds)


def test_error_is_a_value_error():
    assert issubclass(CoproductionError, ValueError)
