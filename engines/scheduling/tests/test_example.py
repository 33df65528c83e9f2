"""The seeds' example programme (six design steps over thirteen weeks) gets a sound calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from engines.scheduling import build, propose, solve

from .checks import broken_rules, meetings_of
from .example import ADVISORY, COMMUNITY, CORE, FORUM, STEPS, WORKING, example_plan

PLAN = example_plan()


@pytest.fixture(
    scope="module", params=["whole programme", "a few weeks at a time", "one meeting at a time"]
)
def calendar(request):
    """The example solved at once, in windows of weeks, and placed as big plans are."""
    if request.param == "whole programme":
        return propose(PLAN)
    if request.param == "one meeting at a time":
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(build, "CONSTRUCT_ABOVE", 0)
            return propose(PLAN)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(solve, "WHOLE_LIMIT", 100)
        patch.setattr(solve, "WINDOW_SLOTS", 300)
        return propose(PLAN)


def periods(days: int) -> list[tuple[date, date]]:
    starts = [
        PLAN.start + timedelta(days=n) for n in range(0, (PLAN.end - PLAN.start).days + 1, days)
    ]
    return [(s, min(s + timedelta(days=days - 1), PLAN.end)) for s in starts]


def test_the_calendar_keeps_every_rule_of_the_plan(calendar):
    assert {rule: found for rule, found in broken_rules(PLAN, calendar).items() if found} == {}


def test_each_design_step_gets_a_working_session_in_order(calendar):
    sessions = meetings_of(calendar, WORKING)
    served = [m.step for m in sessions]
    step_names = [step.name for step in STEPS]
    assert set(served) == set(step_names)
    assert served == sorted(served, key=step_names.index)


def test_working_sessions_are_fortnightly(calendar):
    sessions = meetings_of(calendar, WORKING)
    for first, last in periods(14):
        assert sum(first <= m.start.date() <= last for m in sessions) == 1, (first, last)


def test_core_team_meets_every_week_for_at_least_two_hours(calendar):
    meetings = meetings_of(calendar, CORE)
    for first, last in periods(7):
        assert sum(first <= m.start.date() <= last for m in meetings) == 1, (first, last)
    assert all(m.end - m.start >= timedelta(hours=2) for m in meetings)


def test_advisory_group_meets_fortnightly_in_the_evening(calendar):
    meetings = meetings_of(calendar, ADVISORY)
    for first, last in periods(14):
        assert sum(first <= m.start.date() <= last for m in meetings) == 1, (first, last)
    assert all(m.start.hour >= 18 for m in meetings)


def test_forum_meets_once_in_the_quarter_on_a_saturday(calendar):
    meetings = meetings_of(calendar, FORUM)
    assert len(meetings) == 1
    assert meetings[0].start.weekday() == 5
    assert meetings[0].attendance == 100


def test_community_events_come_after_the_proposals_exist(calendar):
    proposals_done = date(2026, 5, 24)
    events = meetings_of(calendar, COMMUNITY)
    assert len(events) == 2
    assert all(m.start.date() > proposals_done for m in events)
    assert all(m.attendance == 6 + 80 for m in events)


def test_bank_holidays_in_the_programme_are_kept_clear(calendar):
    kept = dict(calendar.bank_holidays)
    assert kept[date(2026, 4, 6)] == "Easter Monday"
    assert {date(2026, 4, 3), date(2026, 5, 4), date(2026, 5, 25)} <= set(kept)
    easter_week = [m for m in meetings_of(calendar, CORE) if m.start.isocalendar()[1] == 15]
    assert [m.start.date() for m in easter_week] == [date(2026, 4, 8)]


def test_scotland_keeps_easter_monday_open_for_the_core_team():
    calendar = propose(example_plan(region="SCT"))
    assert date(2026, 4, 6) not in dict(calendar.bank_holidays)
    assert date(2026, 4, 6) in {m.start.date() for m in meetings_of(calendar, CORE)}


def test_the_same_plan_always_gives_the_same_calendar():
    assert propose(example_plan()) == propose(example_plan())
