"""The order of findings, and what check() gives back."""

from __future__ import annotations

from engines.coproduction import RULES, Finding, Severity, check

from .builders import Programme


def test_findings_come_blocking_first_then_warning_in_rule_order():
    programme = Programme()
    programme.categories = {"carers": "Carers organisations"}
    programme.fill(programme.group("Lay Partners Forum", "lay_forum"), lay=3)
    programme.fill(programme.group("Informatics working group"), lay=1)
    programme.fill(programme.group("Core design team", "core_design_team", min_lay=2), lay=1)

    findings = programme.check()

    assert [f.code for f in findings] == [
        "no_lay_pair",
        "lay_below_minimum",
        "forum_below_target",
        "no_lay_chair",
        "category_not_engaged",
    ]
    assert [f.severity for f in findings][:2] == [Severity.BLOCKING] * 2


def test_findings_of_one_rule_are_in_order_of_group_name():
    programme = Programme()
    for name in ("Provider networks", "informatics", "GP networks"):
        programme.group(name)

    names = [f.subject_name for f in programme.findings("no_lay_pair")]

    assert names == ["GP networks", "informatics", "Provider networks"]


def test_check_returns_a_tuple_of_findings_that_lists_only_known_rules():
    programme = Programme()
    programme.group("Informatics working group")

    findings = check(programme.snapshot())

    assert isinstance(findings, tuple)
    assert all(isinstance(f, Finding) and f.code in RULES for f in findings)


def test_programme_with_lay_partners_everywhere_has_no_findings():
    programme = Programme()
    programme.categories = {"carers": "Carers organisations"}
    programme.organisation("Brent Carers Centre", "carers")
    team = programme.group("Core design team", "core_design_team", min_lay=2)
    programme.fill(team, lay=2, professionals=3)
    programme.seat(programme.person("Jane Doe"), team, role="co_chair")
    programme.fill(programme.group("Informatics working group", min_lay=2), lay=2)

    assert programme.check() == ()
