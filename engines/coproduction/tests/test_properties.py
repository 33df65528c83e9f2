"""Invariants of check() over many generated programmes."""

from __future__ import annotations

import dataclasses
import datetime

from hypothesis import given
from hypothesis import strategies as st

from engines.coproduction import (
    GROUP_KINDS,
    ROLES,
    Group,
    Membership,
    Organisation,
    Person,
    Severity,
    Snapshot,
    check,
    snapshot_from_dict,
    snapshot_to_dict,
)

DAYS = st.dates(datetime.date(2025, 1, 1), datetime.date(2026, 12, 31))
NAMES = st.text("abcdeXYZ -'", min_size=1, max_size=10)
CATEGORIES = ("gp_practice", "carers", "social_care", "housing")


@st.composite
def groups(draw, index: int) -> Group:
    """Draw a valid group."""
    low = draw(st.none() | st.integers(0, 30))
    high = draw(st.none() | st.integers(low or 0, 40))
    kind = draw(st.sampled_from(GROUP_KINDS))
    return Group(f"g{index}", draw(NAMES), kind, draw(st.integers(0, 4)), low, high)


@st.composite
def memberships(draw, people: list[Person], all_groups: list[Group]) -> Membership:
    """Draw a valid membership of one of the people in one of the groups."""
    start = draw(DAYS)
    end = draw(st.none() | st.dates(start, datetime.date(2027, 6, 30)))
    person = draw(st.sampled_from(people))
    group = draw(st.sampled_from(all_groups))
    return Membership(person.id, group.id, draw(st.sampled_from(ROLES)), start, end)


@st.composite
def snapshots(draw) -> Snapshot:
    """Draw a valid snapshot of a small programme."""
    all_groups = [draw(groups(i)) for i in range(draw(st.integers(1, 5)))]
    people = [
        Person(f"p{i}", draw(NAMES), draw(st.booleans())) for i in range(draw(st.integers(0, 10)))
    ]
    seats = draw(st.lists(memberships(people, all_groups), max_size=40)) if people else []
    organisations = [
        Organisation(f"o{i}", draw(NAMES), draw(st.sampled_from(CATEGORIES)), draw(st.booleans()))
        for i in range(draw(st.integers(0, 4)))
    ]
    codes = draw(st.lists(st.sampled_from(CATEGORIES), unique=True))
    categories = {code: draw(NAMES) for code in codes}
    return Snapshot(
        draw(NAMES),
        draw(DAYS),
        tuple(all_groups),
        tuple(people),
        tuple(seats),
        tuple(organisations),
        categories,
    )


def subject_exists(snapshot: Snapshot, finding) -> bool:
    """Return whether the finding's subject is in the snapshot, under the name shown."""
    names = {
        "group": {g.id: g.name for g in snapshot.groups},
        "person": {p.id: p.name for p in snapshot.people if p.is_lay},
        "category": dict(snapshot.categories),
        "programme": {"": snapshot.programme},
    }[finding.subject_kind]
    return names.get(finding.subject_id) == finding.subject_name


@given(snapshots())
def test_every_finding_is_about_something_in_the_snapshot(snapshot):
    findings = check(snapshot)

    assert all(subject_exists(snapshot, f) for f in findings)
    assert all(f.message.endswith(".") and f.action.endswith(".") for f in findings)


@given(snapshots())
def test_findings_are_ordered_by_severity(snapshot):
    ranks = [list(Severity).index(f.severity) for f in check(snapshot)]

    assert ranks == sorted(ranks)


@given(snapshots())
def test_each_group_gets_at_most_one_lay_partner_finding(snapshot):
    family = {"no_lay_pair", "no_lay_partner", "lay_below_minimum"}
    subjects = [f.subject_id for f in check(snapshot) if f.code in family]

    assert len(subjects) == len(set(subjects))


@given(snapshots())
def test_every_group_with_no_lay_partner_sitting_is_flagged(snapshot):
    lay = {p.id for p in snapshot.people if p.is_lay}
    with_lay = {
        m.group_id
        for m in snapshot.memberships
        if m.person_id in lay and m.is_sitting and m.is_active(snapshot.as_of)
    }
    family = {"no_lay_pair", "no_lay_partner"}
    flagged = {f.subject_id for f in check(snapshot) if f.code in family}

    assert {g.id for g in snapshot.groups} - with_lay <= flagged


@given(snapshots(), st.randoms(use_true_random=False))
def test_input_order_does_not_change_the_findings(snapshot, random):
    def shuffled(items):
        items = list(items)
        random.shuffle(items)
        return tuple(items)

    reordered = dataclasses.replace(
        snapshot,
        groups=shuffled(snapshot.groups),
        people=shuffled(snapshot.people),
        memberships=shuffled(snapshot.memberships),
        organisations=shuffled(snapshot.organisations),
    )

    assert check(reordered) == check(snapshot)


@given(snapshots(), st.data())
def test_adding_two_active_lay_members_gives_a_working_group_its_pair(snapshot, data):
    index = data.draw(st.integers(0, len(snapshot.groups) - 1))
    target = dataclasses.replace(snapshot.groups[index], kind="working_group")
    groups = tuple(target if g is snapshot.groups[index] else g for g in snapshot.groups)
    newcomers = (Person("new-1", "New One", True), Person("new-2", "New Two", True))
    seats = tuple(Membership(p.id, target.id, "member", snapshot.as_of) for p in newcomers)
    fixed = dataclasses.replace(
        snapshot,
        groups=groups,
        people=(*snapshot.people, *newcomers),
        memberships=(*snapshot.memberships, *seats),
    )

    assert not any(f.code == "no_lay_pair" and f.subject_id == target.id for f in check(fixed))


@given(snapshots())
def test_snapshot_survives_a_round_trip_through_a_dict(snapshot):
    assert snapshot_from_dict(snapshot_to_dict(snapshot)) == snapshot
