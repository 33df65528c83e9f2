"""Monthly, per-step and very short programmes keep their rhythm."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from engines.scheduling import DesignStep, Group, Person, Plan, Venue, propose

from .checks import broken_rules

VENUES = (Venue("Hall", 30),)


def test_monthly_meetings_fall_one_in_each_month_counted_from_the_start():
    plan = Plan(
        date(2026, 1, 31),
        date(2026, 7, 30),
        (Group("Steering group", "workshop", "monthly", 90, (1, 3)),),
        VENUES,
        (Person("Pat", ("Steering group",)),),
    )
    calendar = propose(plan)
    months = [
        (date(2026, 1, 31), date(2026, 2, 27)),
        (date(2026, 2, 28), date(2026, 3, 30)),
        (date(2026, 3, 31), date(2026, 4, 29)),
        (date(2026, 4, 30), date(2026, 5, 30)),
        (date(2026, 5, 31), date(2026, 6, 29)),
        (date(2026, 6, 30), date(2026, 7, 30)),
    ]
    days = [m.start.date() for m in calendar.meetings]
    assert [sum(a <= d <= b for d in days) for a, b in months] == [1] * 6
    assert all((later - earlier).days >= 14 for earlier, later in pairwise(days))
    assert not any(broken_rules(plan, calendar).values())


def test_a_per_step_group_meets_exactly_as_often_as_asked_in_each_step():
    steps = (DesignStep("Listen", weeks=3), DesignStep("Design", weeks=3))
    plan = Plan(
        date(2026, 9, 7),
        date(2026, 10, 18),
        (Group("Design workshops", "workshop", "per_step", 120, (2, 5), per_step=2),),
        VENUES,
        (Person("Sam", ("Design workshops",)),),
        steps,
    )
    calendar = propose(plan)
    assert [m.step for m in calendar.meetings] == ["Listen", "Listen", "Design", "Design"]


def test_a_weekend_too_short_for_a_weekday_group_gives_an_empty_calendar():
    plan = Plan(
        date(2026, 6, 6),
        date(2026, 6, 7),
        (Group("Core team", "core team", "weekly", 60, (0,)),),
        VENUES,
    )
    assert propose(plan).meetings == ()
