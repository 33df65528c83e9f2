"""Properties of every calendar the engine proposes, on random plans.

Whatever the plan, a proposed calendar never double-books anyone, always leaves travel time,
never uses a bank holiday, keeps each weekly or fortnightly rhythm and fits its venues; and
when no calendar exists the message names the rules, never a solver status.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from engines.scheduling import (
    DAYTIME,
    EVENING,
    Group,
    Person,
    Plan,
    SchedulingError,
    Venue,
    build,
    propose,
    solve,
)

from .checks import broken_rules, meetings_of

GROUP_NAMES = ("Alpha group", "Beta group", "Gamma group")


@st.composite
def plans(draw) -> Plan:
    # Starts near Easter and the May and August bank holidays of 2026 and 2027.
    start = draw(
        st.sampled_from(
            [
                date(2026, 3, 23),
                date(2026, 4, 27),
                date(2027, 3, 22),
                date(2026, 8, 17),
                date(2027, 5, 24),
            ]
        )
    )
    weeks = draw(st.integers(2, 5))
    groups = []
    for name in GROUP_NAMES[: draw(st.integers(1, 3))]:
        cadence = draw(st.sampled_from(["weekly", "fortnightly", "total"]))
        groups.append(
            Group(
                name,
                "workshop",
                cadence,
                draw(st.sampled_from([60, 90, 120])),
                tuple(sorted(draw(st.sets(st.integers(0, 5), min_size=1, max_size=3)))),
                tuple(draw(st.sets(st.sampled_from([DAYTIME, EVENING]), min_size=1))),
                count=draw(st.integers(1, 3)) if cadence == "total" else 0,
            )
        )
    names = [g.name for g in groups]
    people = tuple(
        Person(f"Person {n}", tuple(draw(st.sets(st.sampled_from(names), min_size=1))))
        for n in range(draw(st.integers(1, 8)))
    )
    venues = tuple(
        Venue(f"Venue {n}", draw(st.integers(4, 12))) for n in range(draw(st.integers(1, 3)))
    )
    return Plan(
        start,
        start + timedelta(weeks=weeks, days=-1),
        tuple(groups),
        venues,
        people,
        region=draw(st.sampled_from(["ENG", "WLS", "SCT", "NIR"])),
        start_step_minutes=60,
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_proposed_calendars_keep_every_rule_or_say_which_rules_clash(plan):
    check_calendar_or_clash(plan)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_solving_a_few_weeks_at_a_time_keeps_every_rule_too(plan):
    with MonkeyPatch.context() as patch:
        patch.setattr(solve, "WHOLE_LIMIT", 50)
        patch.setattr(solve, "WINDOW_SLOTS", 100)
        check_calendar_or_clash(plan)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_placing_meetings_one_at_a_time_keeps_every_rule_too(plan):
    with MonkeyPatch.context() as patch:
        patch.setattr(build, "CONSTRUCT_ABOVE", 0)
        check_calendar_or_clash(plan)


def check_calendar_or_clash(plan: Plan) -> None:
    try:
        calendar = propose(plan)
    except SchedulingError as error:
        event("no calendar: rules clash")
        message = str(error)
        assert "status" not in message.lower()
        assert any(name in message for name in GROUP_NAMES)
        return
    event("calendar proposed")
    assert {rule: found for rule, found in broken_rules(plan, calendar).items() if found} == {}
    assert_cadences_kept(plan, calendar)


def assert_cadences_kept(plan: Plan, calendar) -> None:
    """Groups with a total meet that often; weekly and fortnightly ones once a period."""
    for group in plan.groups:
        meetings = meetings_of(calendar, group.name)
        if group.cadence == "total":
            assert len(meetings) == group.count
        else:
            days = 7 if group.cadence == "weekly" else 14
            first = plan.start
            while first + timedelta(days=days - 1) <= plan.end:
                last = first + timedelta(days=days - 1)
                assert sum(first <= m.start.date() <= last for m in meetings) == 1
                first += timedelta(days=days)
