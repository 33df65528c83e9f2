"""Independent checks of a proposed calendar against its plan, written apart from the engine.

Tests call these rather than trusting the engine's own constraints, so a bug in how a rule
is modelled shows up as a broken calendar here.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from itertools import pairwise

import holidays

from engines.scheduling import Calendar, Meeting, Plan


def bank_holidays_used(plan: Plan, calendar: Calendar) -> list[Meeting]:
    years = range(plan.start.year, plan.end.year + 1)
    closed = holidays.country_holidays("GB", subdiv=plan.region, years=years)
    return [m for m in calendar.meetings if m.start.date() in closed]


def clashes(plan: Plan, calendar: Calendar) -> list[tuple[str, Meeting, Meeting]]:
    """(person, first, second) for each person with too little time between two meetings."""
    found = []
    for person in plan.people:
        mine = sorted(
            (m for m in calendar.meetings if m.group in person.groups), key=lambda m: m.start
        )
        for first, second in pairwise(mine):
            travel = (
                plan.travel.same_venue_minutes
                if first.venue == second.venue
                else plan.travel.between_venues_minutes
            )
            if second.start < first.end + timedelta(minutes=travel):
                found.append((person.name, first, second))
    return found


def venue_overlaps(calendar: Calendar) -> list[tuple[Meeting, Meeting]]:
    by_venue = defaultdict(list)
    for meeting in calendar.meetings:
        by_venue[meeting.venue].append(meeting)
    found = []
    for meetings in by_venue.values():
        meetings.sort(key=lambda m: m.start)
        found += [(a, b) for a, b in pairwise(meetings) if b.start < a.end]
    return found


def over_capacity(plan: Plan, calendar: Calendar) -> list[Meeting]:
    capacity = {venue.name: venue.capacity for venue in plan.venues}
    groups = {group.name: group for group in plan.groups}
    found = []
    for meeting in calendar.meetings:
        members = sum(meeting.group in person.groups for person in plan.people)
        if members + groups[meeting.group].extra_attendance > capacity[meeting.venue]:
            found.append(meeting)
    return found


def outside_preferred_times(plan: Plan, calendar: Calendar) -> list[Meeting]:
    groups = {group.name: group for group in plan.groups}
    found = []
    for meeting in calendar.meetings:
        group = groups[meeting.group]
        fits = any(
            w.start <= meeting.start.time() and meeting.end.time() <= w.end for w in group.windows
        )
        if meeting.start.weekday() not in group.weekdays or not fits:
            found.append(meeting)
    return found


def broken_rules(plan: Plan, calendar: Calendar) -> dict[str, list]:
    """Every kind of breach, empty lists when the calendar keeps the plan's rules."""
    return {
        "bank holidays": bank_holidays_used(plan, calendar),
        "clashes": clashes(plan, calendar),
        "venue overlaps": venue_overlaps(calendar),
        "over capacity": over_capacity(plan, calendar),
        "outside preferred times": outside_preferred_times(plan, calendar),
        "outside the programme": [
            m for m in calendar.meetings if not plan.start <= m.start.date() <= plan.end
        ],
    }


def meetings_of(calendar: Calendar, group: str) -> list[Meeting]:
    return [m for m in calendar.meetings if m.group == group]
