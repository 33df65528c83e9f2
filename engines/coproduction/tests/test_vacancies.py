"""Places left empty by leavers: recruitment has to be continuous."""

from __future__ import annotations

import datetime

from engines.coproduction import Severity

from .builders import AS_OF, Programme

LEFT = datetime.date(2026, 3, 3)


def core_team_with_leaver() -> tuple[Programme, object]:
    """Return a programme whose core team lost lay partner Jane Doe on 3 March 2026."""
    programme = Programme()
    team = programme.group("Core design team", "core_design_team", min_lay=0)
    programme.fill(team, lay=2, professionals=2)
    programme.seat(programme.person("Jane Doe"), team, end=LEFT)
    return programme, team


def test_lay_partner_who_left_and_was_not_replaced_leaves_a_vacancy():
    programme, team = core_team_with_leaver()

    [finding] = programme.findings("vacancy_unfilled")

    assert (finding.severity, finding.subject_kind) == (Severity.WARNING, "group")
    assert (finding.subject_id, finding.subject_name) == (team.id, "Core design team")
    assert finding.message == (
        "1 lay partner place in Core design team has been empty since 3 March 2026 "
        "(last to leave: Jane Doe)."
    )
    assert finding.action.startswith("Recruit one lay partner to take the place")


def test_newcomer_starting_on_the_day_fills_the_place():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Sam Lee"), team, start=LEFT)

    assert programme.findings("vacancy_unfilled") == []


def test_newcomer_who_started_before_the_leaver_left_is_not_a_replacement():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Sam Lee"), team, start=LEFT - datetime.timedelta(days=1))

    assert len(programme.findings("vacancy_unfilled")) == 1


def test_rejoining_fills_the_place():
    programme, team = core_team_with_leaver()
    jane = programme.people[-1]
    programme.seat(jane, team, start=LEFT + datetime.timedelta(days=3))

    assert programme.findings("vacancy_unfilled") == []


def test_taking_the_chair_on_the_day_of_leaving_as_member_leaves_no_vacancy():
    programme, team = core_team_with_leaver()
    programme.seat(programme.people[-1], team, role="co_chair", start=LEFT)

    assert programme.findings("vacancy_unfilled") == []


def test_replacement_starting_after_today_does_not_fill_the_place_yet():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Sam Lee"), team, start=AS_OF + datetime.timedelta(days=1))

    assert len(programme.findings("vacancy_unfilled")) == 1


def test_membership_ending_after_today_is_not_a_vacancy_yet():
    programme = Programme()
    team = programme.group("Core design team", "core_design_team")
    programme.seat(programme.person("Jane Doe"), team, end=AS_OF + datetime.timedelta(days=1))

    assert programme.findings("vacancy_unfilled") == []


def test_one_newcomer_fills_only_one_of_two_places():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Ali Shah"), team, end=LEFT - datetime.timedelta(days=20))
    programme.seat(programme.person("Sam Lee"), team, start=LEFT)

    [finding] = programme.findings("vacancy_unfilled")

    assert finding.message.startswith("1 lay partner place in Core design team has been empty")


def test_two_empty_places_name_the_most_recent_leaver():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Ali Shah"), team, end=LEFT - datetime.timedelta(days=20))

    [finding] = programme.findings("vacancy_unfilled")

    assert finding.message == (
        "2 lay partner places in Core design team have been empty since 3 March 2026 "
        "(last to leave: Jane Doe)."
    )
    assert finding.action.startswith("Recruit two lay partners to take the places")


def test_professional_does_not_fill_a_lay_partner_place():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Dr Khan", lay=False), team, start=LEFT)

    [finding] = programme.findings("vacancy_unfilled")

    assert "lay partner place" in finding.message


def test_professional_places_are_reported_separately_after_lay_places():
    programme, team = core_team_with_leaver()
    programme.seat(programme.person("Dr Khan", lay=False), team, end=LEFT)

    lay_place, professional_place = programme.findings("vacancy_unfilled")

    assert "lay partner place" in lay_place.message
    assert professional_place.message == (
        "1 place for professionals in Core design team has been empty since 3 March 2026 "
        "(last to leave: Dr Khan)."
    )
    assert professional_place.action == (
        "Ask partner organisations to nominate one person to take the place."
    )


def test_observer_leaving_leaves_no_vacancy():
    programme = Programme()
    team = programme.group("Core design team", "core_design_team")
    programme.seat(programme.person("Jane Doe"), team, role="observer", end=LEFT)

    assert programme.findings("vacancy_unfilled") == []
