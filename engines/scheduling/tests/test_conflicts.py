"""When the rules cannot all be met, the message names the rules that clash, in plain English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from engines.scheduling import EVENING, DesignStep, SchedulingError, Venue, propose

from .example import ADVISORY, CORE, FORUM, GROUPS, VENUES, WORKING, example_plan


def with_groups(**changes_by_name) -> tuple:
    return tuple(replace(g, **changes_by_name.get(g.name, {})) for g in GROUPS)


def test_two_groups_wanting_the_same_evening_with_shared_members_are_named():
    tuesday_evenings = {"weekdays": (1,), "windows": (EVENING,)}
    plan = example_plan(groups=with_groups(**{CORE: tuesday_evenings, ADVISORY: tuesday_evenings}))

    with pytest.raises(SchedulingError) as caught:
        propose(plan)

    message = str(caught.value)
    assert message.startswith(
        f"{CORE}'s weekly meetings and {ADVISORY}'s fortnightly meetings both need "
        "Tuesday evenings, and Pat and Morgan sit in both."
    )
    assert f"- {CORE} meets every week for 2 hours, on Tuesday evenings (18:00–21:00)." in message
    assert f"- {ADVISORY} meets every fortnight" in message
    assert "status" not in message.lower() and "infeasible" not in message.lower()


def test_short_design_steps_clash_with_fortnightly_working_sessions():
    weekly_steps = tuple(DesignStep(f"Step {n}", weeks=1) for n in range(1, 7))
    plan = example_plan(
        steps=weekly_steps,
        groups=with_groups(**{"Community engagement events": {"after_step": "Step 4"}}),
    )

    with pytest.raises(SchedulingError) as caught:
        propose(plan)

    lines = str(caught.value).splitlines()
    assert lines[0] == (
        f"{WORKING} cannot both meet every fortnight and meet in every design step: some "
        "steps are too short or too close together for that rhythm."
    )
    rules = [line for line in lines if line.startswith("- ")]
    assert rules == [
        f"- {WORKING} meets every fortnight for 3 hours, on Tuesdays, Wednesdays and Thursdays "
        "in the daytime (10:00–16:00).",
        f"- {WORKING} must meet at least once in each design step, in order: 'Step 1' "
        "(30 Mar–5 Apr), 'Step 2' (6 Apr–12 Apr), 'Step 3' (13 Apr–19 Apr), 'Step 4' "
        "(20 Apr–26 Apr), 'Step 5' (27 Apr–3 May) and 'Step 6' (4 May–10 May).",
    ]


def test_one_hall_wanted_by_two_groups_at_the_only_time_is_named():
    saturday_morning = {"weekdays": (5,), "windows": GROUPS[3].windows, "cadence": "weekly"}
    carers_forum = replace(GROUPS[3], name="Carers' forum", extra_attendance=100, venues=())
    plan = example_plan(groups=(*with_groups(**{FORUM: saturday_morning}), carers_forum))

    with pytest.raises(SchedulingError) as caught:
        propose(plan)

    message = str(caught.value)
    assert message.startswith(
        f"{FORUM}'s weekly meetings and Carers' forum's quarterly meetings both need Civic "
        "Centre Main Hall on Saturday mornings, which holds one meeting at a time."
    )
    assert "- Civic Centre Main Hall can hold only one meeting at a time." in message
    assert f"- {FORUM} meets every week" in message
    assert "- Carers' forum meets every quarter" in message


def test_a_monday_only_group_in_easter_week_is_told_about_easter_monday():
    plan = example_plan(groups=with_groups(**{CORE: {"weekdays": (0,)}}))

    with pytest.raises(SchedulingError, match="Easter Monday") as caught:
        propose(plan)

    assert str(caught.value) == (
        f"{CORE} has no possible meeting time between 6 April and 12 April 2026: its only "
        "preferred day then, Monday 6 April 2026 (Easter Monday), is a bank holiday. "
        "Add another preferred weekday or time, or change the dates."
    )


def test_a_group_too_big_for_every_venue_is_told_the_largest_size():
    small = (*(v for v in VENUES if v.capacity < 100), Venue("Library", 95))
    with pytest.raises(SchedulingError) as caught:
        propose(example_plan(venues=small))
    assert str(caught.value) == (
        f"{FORUM} needs room for 100 people (100 members and 0 more expected), but the "
        "largest venue it may use, Library, holds 95: add a larger venue or allow the group "
        "to use one."
    )
