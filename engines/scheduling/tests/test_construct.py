"""Placing meetings one at a time, the method for plans too big for one integer programme.

Whenever it returns a calendar, that calendar keeps every rule; when it gets stuck it says
so (None), and `propose` falls back to the exact integer programme.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from pytest import MonkeyPatch

from engines.scheduling import EVENING, DesignStep, Group, Person, Plan, SchedulingError, Venue
from engines.scheduling import construct as construct_module
from engines.scheduling.build import calendar_of
from engines.scheduling.candidates import estimated_slots
from engines.scheduling.construct import construct
from engines.scheduling.dates import Span, bank_holidays
from engines.scheduling.nearby import raise_clash_near
from engines.scheduling.slots import candidate_slots
from engines.scheduling.validate import check_plan

from .checks import broken_rules, meetings_of
from .example import ADVISORY, COMMUNITY, CORE, GROUPS, STEPS, WORKING, example_plan
from .test_properties import assert_cadences_kept, plans


def placed(plan):
    holidays = bank_holidays(plan)
    slots = construct(plan, holidays)
    return None if isinstance(slots, Span) else calendar_of(plan, slots, holidays)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_a_calendar_placed_one_meeting_at_a_time_keeps_every_rule(plan):
    try:
        check_plan(plan)
        calendar = placed(plan)
    except SchedulingError:
        event("no room for a group")
        return
    event("stuck" if calendar is None else "placed")
    if calendar is not None:
        assert {rule: found for rule, found in broken_rules(plan, calendar).items() if found} == {}
        assert_cadences_kept(plan, calendar)


def test_the_example_programme_is_placed_keeping_its_steps_and_community_events():
    plan = example_plan()
    calendar = placed(plan)

    assert calendar is not None
    assert {rule: found for rule, found in broken_rules(plan, calendar).items() if found} == {}
    step_names = [step.name for step in STEPS]
    served = [m.step for m in meetings_of(calendar, WORKING)]
    assert set(served) == set(step_names)
    assert served == sorted(served, key=step_names.index)
    events = meetings_of(calendar, COMMUNITY)
    assert len(events) == 2 and all(m.start.date() > date(2026, 5, 24) for m in events)


def test_the_slot_estimate_counts_the_integer_programmes_candidates():
    plan = example_plan()
    holidays = bank_holidays(plan)
    assert estimated_slots(plan, holidays) == len(candidate_slots(plan, holidays))


def test_a_meeting_in_the_way_moves_to_make_room_for_a_less_flexible_one():
    # Gamma can only meet on Monday 18 May (25 May is a bank holiday); Alpha takes that
    # Monday evening first, as its cheapest, and must move to the Wednesday.
    alpha = Group("Alpha group", "workshop", "weekly", 60, (0, 2), (EVENING,))
    gamma = Group("Gamma group", "workshop", "fortnightly", 120, (0,), (EVENING,))
    plan = Plan(
        date(2026, 5, 18),
        date(2026, 5, 31),
        (alpha, gamma),
        (Venue("Hall", 10),),
        (Person("Pat", ("Alpha group", "Gamma group")),),
    )

    calendar = placed(plan)

    assert calendar is not None
    assert [(m.group, m.start.date()) for m in calendar.meetings] == [
        ("Gamma group", date(2026, 5, 18)),
        ("Alpha group", date(2026, 5, 20)),
        ("Alpha group", date(2026, 5, 27)),
    ]
    assert not any(broken_rules(plan, calendar).values())
    with MonkeyPatch.context() as patch:
        patch.setattr(construct_module, "MOST_MOVED", 0)
        assert placed(plan) is None


def test_a_clash_found_while_placing_is_named_from_the_weeks_where_it_got_stuck():
    tuesday_evenings = {"weekdays": (1,), "windows": (EVENING,)}
    groups = tuple(
        replace(g, **tuesday_evenings) if g.name in (CORE, ADVISORY) else g for g in GROUPS
    )
    plan = example_plan(groups=groups)
    holidays = bank_holidays(plan)
    stuck = construct(plan, holidays)
    assert isinstance(stuck, Span)

    with pytest.raises(SchedulingError) as caught:
        raise_clash_near(plan, holidays, stuck)

    assert str(caught.value).startswith(
        f"{CORE}'s weekly meetings and {ADVISORY}'s fortnightly meetings both need "
        "Tuesday evenings, and Pat and Morgan sit in both."
    )


def test_a_fortnightly_group_keeps_a_meeting_for_each_step_however_steps_fall():
    # Fortnights from 17 Aug; steps of 3, 2 and 1 weeks. The second fortnight's cheapest
    # day (Friday 4 Sep) is in the first step, but only it can serve the second step.
    steps = (
        DesignStep("Listen", weeks=3),
        DesignStep("Design", weeks=2),
        DesignStep("Test", weeks=1),
    )
    group = Group("Working group", "working session", "fortnightly", 120, (4, 5), per_step=1)
    plan = Plan(
        date(2026, 8, 17),
        date(2026, 10, 11),
        (group,),
        (Venue("Hall", 10),),
        (Person("Pat", ("Working group",)),),
        steps,
    )

    calendar = placed(plan)

    assert calendar is not None
    assert [m.step for m in calendar.meetings] == ["Listen", "Design", "Test", None]
    assert not any(broken_rules(plan, calendar).values())
