"""Lay chairs, organisations engaged, and lay partners carrying too much."""

from __future__ import annotations

import datetime

import pytest

from engines.coproduction import Severity

from .builders import AS_OF, Programme


def test_programme_with_no_lay_chair_is_warned():
    programme = Programme("Healthy Ageing programme")
    group = programme.group("Core design team", "core_design_team")
    programme.fill(group, lay=2)
    programme.seat(programme.person("Dr Khan", lay=False), group, role="chair")

    [finding] = programme.findings("no_lay_chair")

    assert finding.severity is Severity.WARNING
    assert (finding.subject_kind, finding.subject_id) == ("programme", "")
    assert finding.subject_name == "Healthy Ageing programme"
    assert finding.message == (
        "No lay partner chairs or co-chairs any group in Healthy Ageing programme."
    )
    assert "co-chair" in finding.action


@pytest.mark.parametrize("role", ["chair", "co_chair"])
def test_lay_chair_or_co_chair_anywhere_satisfies_the_rule(role):
    programme = Programme()
    programme.group("Core design team", "core_design_team")
    forum = programme.group("Lay Partners Forum", "lay_forum")
    programme.seat(programme.person("Jane Doe"), forum, role=role)

    assert programme.findings("no_lay_chair") == []


def test_lay_chair_who_has_stepped_down_does_not_count():
    programme = Programme()
    group = programme.group("Core design team", "core_design_team")
    end = AS_OF - datetime.timedelta(days=7)
    programme.seat(programme.person("Jane Doe"), group, role="chair", end=end)

    assert len(programme.findings("no_lay_chair")) == 1


def test_programme_with_no_groups_has_no_chair_finding():
    assert Programme().findings("no_lay_chair") == []


def test_each_category_without_an_engaged_organisation_is_named_in_checklist_order():
    programme = Programme()
    programme.categories = {
        "social_care": "Social care",
        "gp_practice": "GP practices",
        "carers": "Carers organisations",
    }
    programme.organisation("Brent Carers Centre", "carers", engaged=True)
    programme.organisation("Harrow Council adult social care", "social_care", engaged=False)

    findings = programme.findings("category_not_engaged")

    assert [(f.subject_kind, f.subject_id) for f in findings] == [
        ("category", "social_care"),
        ("category", "gp_practice"),
    ]
    assert findings[0].severity is Severity.WARNING
    assert findings[1].message == "No organisation from 'GP practices' is engaged yet."
    assert (
        findings[0].action
        == findings[1].action
        == ("Find local organisations of this kind and invite them to nominate someone.")
    )


def test_category_message_names_the_category_plainly():
    programme = Programme()
    programme.categories = {"carers": "Carers organisations"}

    [finding] = programme.findings("category_not_engaged")

    assert finding.subject_name == "Carers organisations"
    assert finding.message == "No organisation from 'Carers organisations' is engaged yet."
    assert finding.action == (
        "Find local organisations of this kind and invite them to nominate someone."
    )


def test_engaged_organisation_outside_the_checklist_is_ignored():
    programme = Programme()
    programme.organisation("Leisure centre", "fitness", engaged=True)

    assert programme.findings("category_not_engaged") == []


def overloaded_programme(groups: int, lay: bool = True, role: str = "member") -> Programme:
    """Return a programme where one person sits in that many groups."""
    programme = Programme()
    jane = programme.person("Jane Doe", lay=lay)
    for number in range(groups):
        programme.seat(jane, programme.group(f"Working group {number}"), role=role)
    return programme


def test_lay_partner_in_four_groups_risks_burnout():
    programme = overloaded_programme(4)

    [finding] = programme.findings("lay_partner_overloaded")

    assert (finding.severity, finding.subject_kind) == (Severity.WARNING, "person")
    assert finding.subject_id == programme.people[0].id
    assert finding.message == "Jane Doe sits in 4 groups, more than 3, which risks burnout."
    assert finding.action.startswith("Share the load: ask Jane Doe")
    assert "recruit more lay partners" in finding.action


def test_lay_partner_in_three_groups_is_not_overloaded():
    assert overloaded_programme(3).findings("lay_partner_overloaded") == []


def test_professional_in_many_groups_is_not_flagged():
    assert overloaded_programme(5, lay=False).findings("lay_partner_overloaded") == []


def test_observing_does_not_count_toward_the_load():
    assert overloaded_programme(5, role="observer").findings("lay_partner_overloaded") == []


def test_group_limit_comes_from_the_thresholds():
    programme = overloaded_programme(3)

    assert programme.findings("lay_partner_overloaded", max_groups_per_lay_partner=2)
