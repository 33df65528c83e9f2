"""Lay partners in every group: the pair rule, the minimum, and who counts."""

from __future__ import annotations

import datetime

import pytest

from engines.coproduction import Severity

from .builders import AS_OF, Programme

LAY_RULES = ("no_lay_pair", "no_lay_partner", "lay_below_minimum")


def lay_findings(programme: Programme) -> list:
    """Return the findings of the lay partner family."""
    return [f for f in programme.check() if f.code in LAY_RULES]


def test_working_group_with_one_lay_partner_has_no_pair():
    programme = Programme()
    informatics = programme.group("Informatics working group", min_lay=2)
    programme.fill(informatics, lay=1, professionals=4)

    [finding] = lay_findings(programme)

    assert (finding.code, finding.severity) == ("no_lay_pair", Severity.BLOCKING)
    assert (finding.subject_kind, finding.subject_id) == ("group", informatics.id)
    assert finding.message == (
        "Informatics working group has no lay pair: it has 1 lay partner and needs 2."
    )
    assert finding.action == (
        "Add one more lay partner as a full member, so they can support each other."
    )


def test_working_group_with_no_lay_partners_needs_two():
    programme = Programme()
    programme.fill(programme.group("GP networks working group"), professionals=3)

    [finding] = lay_findings(programme)

    assert finding.code == "no_lay_pair"
    assert "it has no lay partners and needs 2" in finding.message
    assert finding.action.startswith("Add two lay partners as full members")


def test_working_group_pair_rule_applies_even_with_no_minimum():
    programme = Programme()
    programme.fill(programme.group("Finance working group", min_lay=0), lay=1)

    assert [f.code for f in lay_findings(programme)] == ["no_lay_pair"]


def test_working_group_with_a_lay_pair_is_not_flagged():
    programme = Programme()
    programme.fill(programme.group("Informatics working group", min_lay=2), lay=2)

    assert lay_findings(programme) == []


def test_working_group_pair_comes_before_a_higher_minimum():
    programme = Programme()
    programme.fill(programme.group("Informatics working group", min_lay=3), lay=1)

    [finding] = lay_findings(programme)

    assert finding.code == "no_lay_pair"
    assert "it has 1 lay partner and needs 2" in finding.message


def test_working_group_with_a_pair_but_a_minimum_of_three_is_below_minimum():
    programme = Programme()
    programme.fill(programme.group("Informatics working group", min_lay=3), lay=2)

    [finding] = lay_findings(programme)

    assert (finding.code, finding.severity) == ("lay_below_minimum", Severity.BLOCKING)
    assert finding.message == (
        "Informatics working group has 2 lay partners, fewer than its minimum of 3."
    )
    assert finding.action == "Invite one more lay partner to join as a full member."


@pytest.mark.parametrize("role", ["observer", "programme_manager"])
def test_lay_partner_who_does_not_sit_in_the_group_does_not_count(role):
    programme = Programme()
    group = programme.group("Informatics working group")
    programme.fill(group, lay=1)
    programme.seat(programme.person("Jane Doe"), group, role=role)

    [finding] = lay_findings(programme)

    assert "it has 1 lay partner" in finding.message


@pytest.mark.parametrize("role", ["chair", "co_chair"])
def test_lay_chair_counts_toward_the_pair(role):
    programme = Programme()
    group = programme.group("Informatics working group")
    programme.fill(group, lay=1)
    programme.seat(programme.person("Jane Doe"), group, role=role)

    assert lay_findings(programme) == []


def test_future_dated_membership_does_not_count():
    programme = Programme()
    group = programme.group("Informatics working group")
    programme.fill(group, lay=1)
    programme.seat(programme.person("Jane Doe"), group, start=AS_OF + datetime.timedelta(days=1))

    assert "it has 1 lay partner" in lay_findings(programme)[0].message


def test_membership_starting_today_counts():
    programme = Programme()
    group = programme.group("Informatics working group")
    programme.fill(group, lay=1)
    programme.seat(programme.person("Jane Doe"), group, start=AS_OF)

    assert lay_findings(programme) == []


@pytest.mark.parametrize("days_before", [0, 30])
def test_ended_membership_does_not_count(days_before):
    programme = Programme()
    group = programme.group("Informatics working group")
    programme.fill(group, lay=1)
    end = AS_OF - datetime.timedelta(days=days_before)
    programme.seat(programme.person("Jane Doe"), group, end=end)

    assert "it has 1 lay partner" in lay_findings(programme)[0].message


def test_membership_ending_after_today_still_counts():
    programme = Programme()
    group = programme.group("Informatics working group")
    programme.fill(group, lay=1)
    programme.seat(programme.person("Jane Doe"), group, end=AS_OF + datetime.timedelta(days=1))

    assert lay_findings(programme) == []


def test_one_person_with_two_seats_counts_once():
    programme = Programme()
    group = programme.group("Informatics working group")
    jane = programme.person("Jane Doe")
    programme.seat(jane, group, role="member")
    programme.seat(jane, group, role="co_chair")

    assert "it has 1 lay partner" in lay_findings(programme)[0].message


def test_professionals_do_not_count_as_lay_partners():
    programme = Programme()
    programme.fill(programme.group("Core design team", "core_design_team", 2), professionals=6)

    [finding] = lay_findings(programme)

    assert finding.code == "no_lay_partner"


@pytest.mark.parametrize(
    "kind", ["core_design_team", "oversight_group", "lay_advisory_group", "lay_forum"]
)
def test_group_that_always_needs_lay_partners_is_blocked_without_any(kind):
    programme = Programme()
    programme.fill(programme.group("Embedding Partnerships", kind, min_lay=0), professionals=2)

    [finding] = lay_findings(programme)

    assert (finding.code, finding.severity) == ("no_lay_partner", Severity.BLOCKING)
    assert finding.message == "Embedding Partnerships has no lay partners and needs at least 1."
    assert finding.action == (
        "Invite one lay partner to join Embedding Partnerships as a full member, "
        "so lay partners are involved from the start."
    )


def test_other_group_with_a_minimum_and_no_lay_partners_has_no_lay_partner():
    programme = Programme()
    programme.fill(programme.group("Estates group", "other", min_lay=2), professionals=2)

    [finding] = lay_findings(programme)

    assert finding.code == "no_lay_partner"
    assert finding.message == "Estates group has no lay partners and needs at least 2."
    assert finding.action.startswith("Invite two lay partners to join Estates group")


def test_other_group_with_no_minimum_and_no_lay_partners_gets_a_warning():
    programme = Programme()
    programme.fill(programme.group("Estates group", "other", min_lay=0), professionals=2)

    [finding] = lay_findings(programme)

    assert (finding.code, finding.severity) == ("no_lay_partner", Severity.WARNING)
    assert finding.message == "Estates group has no lay partners."
    assert finding.action == (
        "Invite at least one lay partner to join Estates group as a full member, "
        "so lay partners are involved at every level."
    )


def test_other_group_with_a_minimum_and_no_lay_partners_is_blocked():
    programme = Programme()
    programme.fill(programme.group("Estates group", "other", min_lay=1), professionals=2)

    [finding] = lay_findings(programme)

    assert (finding.code, finding.severity) == ("no_lay_partner", Severity.BLOCKING)


def test_other_group_with_no_minimum_and_a_lay_partner_has_no_lay_finding():
    programme = Programme()
    programme.fill(programme.group("Estates group", "other", min_lay=0), lay=1)

    assert lay_findings(programme) == []


def test_core_design_team_below_its_minimum():
    programme = Programme()
    programme.fill(programme.group("Core design team", "core_design_team", 3), lay=1)

    [finding] = lay_findings(programme)

    assert finding.code == "lay_below_minimum"
    assert finding.message == "Core design team has 1 lay partner, fewer than its minimum of 3."
    assert finding.action == "Invite two more lay partners to join as full members."


def test_each_group_gets_at_most_one_lay_finding():
    programme = Programme()
    programme.group("Informatics working group", min_lay=4)
    programme.group("Core design team", "core_design_team", min_lay=4)

    assert sorted(f.code for f in lay_findings(programme)) == ["no_lay_pair", "no_lay_partner"]
