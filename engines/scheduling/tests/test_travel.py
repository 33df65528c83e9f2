"""People get the travel time they need between meetings: more between venues, less within one."""

from __future__ import annotations

from datetime import date, time

from engines.scheduling import Group, Person, Plan, TimeWindow, Travel, Venue, propose

from .checks import clashes

TUESDAY = date(2026, 6, 2)


def plan(second_venue: str, travel: Travel) -> Plan:
    morning = TimeWindow(time(9), time(11))
    midday = TimeWindow(time(11), time(14))
    return Plan(
        start=TUESDAY,
        end=TUESDAY,
        groups=(
            Group(
                "Finance workstream",
                "workshop",
                "total",
                120,
                (1,),
                (morning,),
                count=1,
                venues=("Town Hall",),
            ),
            Group(
                "Digital workstream",
                "workshop",
                "total",
                120,
                (1,),
                (midday,),
                count=1,
                venues=(second_venue,),
            ),
        ),
        venues=(Venue("Town Hall", 20), Venue("Library", 20)),
        people=(Person("Pat", ("Finance workstream", "Digital workstream")),),
        travel=travel,
    )


def start_of(calendar, group: str) -> time:
    return next(m.start.time() for m in calendar.meetings if m.group == group)


def test_moving_venue_leaves_the_travel_time_between_meetings():
    travelling = plan("Library", Travel(between_venues_minutes=60, same_venue_minutes=15))
    calendar = propose(travelling)
    assert start_of(calendar, "Digital workstream") == time(12, 0)
    assert clashes(travelling, calendar) == []


def test_staying_in_one_venue_needs_only_the_shorter_gap():
    staying = plan("Town Hall", Travel(between_venues_minutes=60, same_venue_minutes=15))
    calendar = propose(staying)
    assert start_of(calendar, "Digital workstream") == time(11, 30)
    assert clashes(staying, calendar) == []
