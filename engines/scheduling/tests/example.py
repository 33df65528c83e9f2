"""The seeds' example programme: six design steps over thirteen weeks of spring 2026.

From the North West London co-design guide (seed 000) and the Lay Partners paper (seed 003):
fortnightly working sessions for everyone, at least one per design step; the core team weekly
for at least two hours; the Lay Partners Advisory Group fortnightly (in the evening, as lay
partners asked); the Lay Partners Forum quarterly on the Saturday morning its members chose;
two open community engagement events once the proposals exist. The dates take in Good
Friday, Easter Monday and both May bank holidays.
"""

from __future__ import annotations

from datetime import date, time

from engines.scheduling import DAYTIME, EVENING, DesignStep, Group, Person, Plan, TimeWindow, Venue

MON, TUE, WED, THU, SAT = 0, 1, 2, 3, 5

STEPS = (
    DesignStep("Understand the population", weeks=2),
    DesignStep("Understand needs and aspirations", weeks=2),
    DesignStep("Agree outcomes", weeks=2),
    DesignStep("Develop proposals", weeks=2),
    DesignStep("Test proposals with the community", weeks=2),
    DesignStep("Plan implementation", weeks=3),
)

CORE = "Core design team"
WORKING = "Co-design working sessions"
ADVISORY = "Lay Partners Advisory Group"
FORUM = "Lay Partners Forum"
COMMUNITY = "Community engagement events"

GROUPS = (
    Group(CORE, "core team", "weekly", 120, (MON, WED), (DAYTIME,), minimum_minutes=120),
    Group(
        WORKING,
        "working session",
        "fortnightly",
        180,
        (TUE, WED, THU),
        (TimeWindow(time(10), time(16), "daytime"),),
        per_step=1,
    ),
    Group(ADVISORY, "advisory group", "fortnightly", 120, (TUE, THU), (EVENING,)),
    Group(FORUM, "forum", "quarterly", 150, (SAT,), (TimeWindow(time(10), time(13), "morning"),)),
    Group(
        COMMUNITY,
        "community engagement",
        "total",
        120,
        (TUE, THU, SAT),
        (EVENING, DAYTIME),
        count=2,
        after_step="Develop proposals",
        extra_attendance=80,
    ),
)

VENUES = (
    Venue("Committee Room, Civic Centre", 12),
    Venue("Seminar Room, Health Centre", 40),
    Venue("Community Centre Hall", 90),
    Venue("Civic Centre Main Hall", 150),
)


def people() -> tuple[Person, ...]:
    lay_core = [
        Person(name, (CORE, WORKING, ADVISORY, FORUM, COMMUNITY)) for name in ("Pat", "Morgan")
    ]
    staff_core = [
        Person(name, (CORE, WORKING, COMMUNITY))
        for name in (
            "Alex (programme manager)",
            "Dr Shah",
            "Jo (social care)",
            "Sam (commissioner)",
        )
    ]
    advisory = [Person(f"Lay partner {n}", (WORKING, ADVISORY, FORUM)) for n in range(1, 14)]
    professionals = [Person(f"Professional {n}", (WORKING,)) for n in range(1, 15)]
    forum = [Person(f"Forum member {n}", (FORUM,)) for n in range(1, 86)]
    return tuple(lay_core + staff_core + advisory + professionals + forum)


def example_plan(**changes) -> Plan:
    """The example programme; keyword arguments replace fields of the Plan."""
    fields = {
        "start": date(2026, 3, 30),
        "end": date(2026, 6, 28),
        "groups": GROUPS,
        "venues": VENUES,
        "people": people(),
        "steps": STEPS,
    }
    fields.update(changes)
    return Plan(**fields)
