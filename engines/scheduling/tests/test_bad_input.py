"""Bad plans are refused with a message that says what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from engines.scheduling import DesignStep, Person, SchedulingError, TimeWindow, Venue, propose
from engines.scheduling.plan_json import plan_from_json

from .example import CORE, GROUPS, VENUES, example_plan, people


def refused(plan) -> str:
    with pytest.raises(SchedulingError) as caught:
        propose(plan)
    return str(caught.value)


def test_an_end_before_the_start_is_refused():
    message = refused(example_plan(end=date(2026, 3, 1)))
    assert message == (
        "The programme ends on Sunday 1 March 2026, before it starts on Monday 30 March 2026: "
        "give an end date after the start date."
    )


def test_a_membership_of_an_unknown_group_names_the_person_and_the_group():
    typo = (*people(), Person("Chris", ("Core tem",)))
    message = refused(example_plan(people=typo))
    assert message.startswith("Chris is listed in the group 'Core tem', which is not one of")
    assert CORE in message and "Check the spelling" in message


def test_a_venue_with_no_room_is_refused():
    message = refused(example_plan(venues=(*VENUES, Venue("Broom cupboard", 0))))
    assert message == (
        "The venue 'Broom cupboard' has a capacity of 0: give it room for at least one "
        "person, or remove it from the plan."
    )


def test_an_unknown_bank_holiday_region_lists_the_known_ones():
    message = refused(example_plan(region="LDN"))
    assert message == (
        "'LDN' is not a bank-holiday region this engine knows: use one of ENG (England), "
        "WLS (Wales), SCT (Scotland), NIR (Northern Ireland)."
    )


def test_a_core_team_meeting_shorter_than_its_minimum_is_refused():
    short = tuple(replace(g, duration_minutes=90) if g.name == CORE else g for g in GROUPS)
    assert refused(example_plan(groups=short)) == (
        f"The group '{CORE}' meets for 1 hour 30 minutes but must meet for at least "
        "2 hours: lengthen its meetings."
    )


def test_community_events_after_an_unknown_step_are_refused():
    renamed = tuple(DesignStep(f"Stage {n}", weeks=2) for n in range(1, 7))
    message = refused(example_plan(steps=renamed))
    assert "meets after the step 'Develop proposals', which is not one of" in message


def test_community_events_after_the_last_step_have_no_time_left():
    ends_early = example_plan(
        end=date(2026, 6, 28), steps=(DesignStep("Develop proposals", weeks=13),)
    )
    assert refused(ends_early) == (
        "The group 'Community engagement events' meets after the step 'Develop proposals', "
        "but that step runs to the end of the programme: choose an earlier step or extend "
        "the programme."
    )


def test_design_steps_running_past_the_programme_are_refused():
    long_steps = tuple(DesignStep(f"Stage {n}", weeks=3) for n in range(1, 7))
    message = refused(example_plan(steps=long_steps))
    assert message.startswith("The design step 'Stage 5' runs from Monday 22 June 2026")
    assert "outside the programme" in message


def test_a_group_asking_for_an_unknown_venue_is_refused():
    wrong = tuple(replace(g, venues=("Town hall",)) if g.name == CORE else g for g in GROUPS)
    assert refused(example_plan(groups=wrong)) == (
        f"The group '{CORE}' asks for the venue 'Town hall', which is not in the plan."
    )


def test_a_preferred_time_that_ends_before_it_starts_is_refused():
    backwards = TimeWindow(time(21), time(18), "evening")
    wrong = tuple(
        replace(g, windows=(*g.windows, backwards)) if g.name == CORE else g for g in GROUPS
    )
    assert "from 21:00 to 18:00, which ends before it starts" in refused(example_plan(groups=wrong))


def test_json_with_a_misspelt_field_names_it():
    with pytest.raises(SchedulingError, match="does not know: capacty"):
        plan_from_json(
            {
                "start": "2026-05-01",
                "end": "2026-05-31",
                "groups": [],
                "venues": [{"name": "Hall", "capacty": 10}],
            }
        )


def test_json_with_a_bad_date_says_how_to_write_one():
    with pytest.raises(SchedulingError, match="'end' is '31/05/2026', which is not a date"):
        plan_from_json({"start": "2026-05-01", "end": "31/05/2026", "groups": [], "venues": []})


def test_json_with_an_unknown_weekday_or_time_is_refused():
    group = {"name": "G", "kind": "workshop", "cadence": "weekly", "duration_minutes": 60}
    base = {"start": "2026-05-01", "end": "2026-05-31", "venues": []}
    with pytest.raises(SchedulingError, match="'Funday' is not a weekday"):
        plan_from_json({**base, "groups": [{**group, "weekdays": ["Funday"]}]})
    with pytest.raises(SchedulingError, match="'night' is not a preferred time"):
        plan_from_json({**base, "groups": [{**group, "times": ["night"]}]})
