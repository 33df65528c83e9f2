"""The Lay Partners Advisory Group stays 15 to 25; the forum stays near its target."""

from __future__ import annotations

import pytest

from engines.coproduction import Severity

from .builders import Programme


def advisory_group(members: int, **sizes) -> Programme:
    """Return a programme whose advisory group has that many lay members."""
    programme = Programme()
    programme.fill(
        programme.group("Lay Partners Advisory Group", "lay_advisory_group", **sizes), lay=members
    )
    return programme


def forum(members: int, **sizes) -> Programme:
    """Return a programme whose forum has that many lay members."""
    programme = Programme()
    programme.fill(programme.group("Lay Partners Forum", "lay_forum", **sizes), lay=members)
    return programme


def test_small_advisory_group_is_told_to_recruit():
    [finding] = advisory_group(10).findings("advisory_size")

    assert (finding.severity, finding.subject_kind) == (Severity.WARNING, "group")
    assert finding.message == (
        "Lay Partners Advisory Group has 10 members, fewer than the 15 to 25 it needs to work well."
    )
    assert finding.action == (
        "Recruit five more lay partners, for example from the Lay Partners Forum."
    )


def test_large_advisory_group_is_told_to_split_or_move_people_to_the_forum():
    [finding] = advisory_group(30).findings("advisory_size")

    assert "has 30 members, more than the 15 to 25" in finding.message
    assert finding.action == (
        "Split the group in two, or invite five members to move to the Lay Partners Forum."
    )


@pytest.mark.parametrize("members", [15, 20, 25])
def test_advisory_group_within_range_is_not_flagged(members):
    assert advisory_group(members).findings("advisory_size") == []


def test_advisory_group_uses_its_own_range():
    assert advisory_group(6, min_members=5, max_members=8).findings("advisory_size") == []
    [finding] = advisory_group(9, min_members=5, max_members=8).findings("advisory_size")
    assert "more than the 5 to 8" in finding.message


def test_advisory_group_with_only_a_minimum_keeps_the_usual_maximum():
    [finding] = advisory_group(18, min_members=20).findings("advisory_size")

    assert "fewer than the 20 to 25" in finding.message


def test_advisory_group_with_a_minimum_above_the_usual_maximum_is_not_always_wrong():
    assert advisory_group(30, min_members=30).findings("advisory_size") == []


def test_advisory_group_range_comes_from_the_thresholds():
    programme = advisory_group(10)

    assert programme.findings("advisory_size", advisory_min=8, advisory_max=12) == []


def test_observers_do_not_count_toward_the_advisory_group_size():
    programme = advisory_group(15)
    group = programme.groups[0]
    programme.seat(programme.person("Observer"), group, role="observer")
    programme.seat(programme.person("Manager", lay=False), group, role="programme_manager")
    programme.fill(group, lay=0)

    assert programme.findings("advisory_size") == []
    programme.fill(group, lay=11)
    assert "has 26 members" in programme.findings("advisory_size")[0].message


def test_forum_under_half_its_target_is_far_below():
    [finding] = forum(49).findings("forum_below_target")

    assert (finding.severity, finding.subject_name) == (Severity.WARNING, "Lay Partners Forum")
    assert finding.message == (
        "Lay Partners Forum has 49 members, far below its target of about 100."
    )
    assert "Keep recruiting" in finding.action


def test_forum_at_half_its_target_is_not_flagged():
    assert forum(50).findings("forum_below_target") == []


def test_forum_with_no_members_says_so():
    [finding] = forum(0).findings("forum_below_target")

    assert finding.message.startswith("Lay Partners Forum has no members,")


def test_forum_uses_its_own_minimum_as_its_target():
    [finding] = forum(19, min_members=40).findings("forum_below_target")

    assert "far below its target of about 40" in finding.message
    assert forum(20, min_members=40).findings("forum_below_target") == []


def test_forum_target_and_shortfall_come_from_the_thresholds():
    assert forum(49).findings("forum_below_target", forum_target=60) == []
    assert forum(49).findings("forum_below_target", forum_shortfall=0.9, forum_target=60)
