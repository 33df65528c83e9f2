"""Read a plan from JSON, so the command line (and the web app) can describe one as data.

Dates are YYYY-MM-DD, times HH:MM, weekdays by name. Preferred times are "daytime",
"evening" or {"start": "10:00", "end": "16:00", "label": "morning"}. Unknown or missing
fields are reported by name, so a typing slip is not silently ignored.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from .errors import SchedulingError
from .model import (
    DAYTIME,
    EVENING,
    WEEKDAY_NAMES,
    DesignStep,
    Group,
    Person,
    Plan,
    TimeWindow,
    Travel,
    Venue,
)

NAMED_WINDOWS = {"daytime": DAYTIME, "evening": EVENING}
GROUP_FIELDS = {
    "name",
    "kind",
    "cadence",
    "duration_minutes",
    "weekdays",
    "times",
    "minimum_minutes",
    "per_step",
    "count",
    "after_step",
    "extra_attendance",
    "venues",
}
PLAN_FIELDS = {
    "start",
    "end",
    "region",
    "travel",
    "start_step_minutes",
    "steps",
    "venues",
    "groups",
    "people",
}


def plan_from_json(data: Any) -> Plan:
    """Build a Plan from decoded JSON, raising SchedulingError on anything malformed."""
    record = fields_of(data, "The plan", PLAN_FIELDS, {"start", "end", "groups", "venues"})
    travel = fields_of(record.get("travel", {}), "The travel settings", set(Travel.__annotations__))
    return Plan(
        start=day(record["start"], "start"),
        end=day(record["end"], "end"),
        region=str(record.get("region", "ENG")),
        travel=Travel(**{key: whole(value, key) for key, value in travel.items()}),
        start_step_minutes=whole(record.get("start_step_minutes", 30), "start_step_minutes"),
        steps=tuple(step(item) for item in listed(record, "steps")),
        venues=tuple(venue(item) for item in listed(record, "venues")),
        groups=tuple(group(item) for item in listed(record, "groups")),
        people=tuple(person(item) for item in listed(record, "people")),
    )


def step(data: Any) -> DesignStep:
    record = fields_of(data, "A design step", {"name", "start", "end", "weeks"}, {"name"})
    return DesignStep(
        name=str(record["name"]),
        start=day(record["start"], "start") if "start" in record else None,
        end=day(record["end"], "end") if "end" in record else None,
        weeks=whole(record["weeks"], "weeks") if "weeks" in record else None,
    )


def venue(data: Any) -> Venue:
    record = fields_of(data, "A venue", {"name", "capacity"}, {"name", "capacity"})
    return Venue(str(record["name"]), whole(record["capacity"], "capacity"))


def person(data: Any) -> Person:
    record = fields_of(data, "A person", {"name", "groups"}, {"name", "groups"})
    return Person(str(record["name"]), tuple(str(g) for g in listed(record, "groups")))


def group(data: Any) -> Group:
    required = {"name", "kind", "cadence", "duration_minutes"}
    record = fields_of(data, "A group", GROUP_FIELDS, required)
    numbers = ("duration_minutes", "minimum_minutes", "per_step", "count", "extra_attendance")
    options: dict[str, Any] = {key: whole(record[key], key) for key in numbers if key in record}
    if "weekdays" in record:
        options["weekdays"] = tuple(weekday(name) for name in listed(record, "weekdays"))
    if "times" in record:
        options["windows"] = tuple(window(item) for item in listed(record, "times"))
    if "venues" in record:
        options["venues"] = tuple(str(name) for name in listed(record, "venues"))
    if record.get("after_step") is not None:
        options["after_step"] = str(record["after_step"])
    return Group(str(record["name"]), str(record["kind"]), str(record["cadence"]), **options)


def window(data: Any) -> TimeWindow:
    if isinstance(data, str):
        if data not in NAMED_WINDOWS:
            raise SchedulingError(
                f"'{data}' is not a preferred time: use 'daytime', 'evening' or "
                '{"start": "HH:MM", "end": "HH:MM"}.'
            )
        return NAMED_WINDOWS[data]
    record = fields_of(data, "A preferred time", {"start", "end", "label"}, {"start", "end"})
    start, end = clock(record["start"]), clock(record["end"])
    if end <= start:
        raise SchedulingError(
            f"The preferred time {start:%H:%M}–{end:%H:%M} ends before it starts."
        )
    return TimeWindow(start, end, str(record.get("label", "")))


def fields_of(data: Any, what: str, allowed: set[str], required: set[str] = frozenset()) -> dict:
    if not isinstance(data, dict):
        raise SchedulingError(f"{what} should be a JSON object with named fields.")
    unknown = sorted(set(data) - allowed)
    missing = sorted(required - set(data))
    if unknown:
        raise SchedulingError(
            f"{what} has a field this engine does not know: {', '.join(unknown)}. "
            f"Known fields: {', '.join(sorted(allowed))}."
        )
    if missing:
        name = data.get("name")
        label = f"{what} ('{name}')" if name else what
        raise SchedulingError(f"{label} is missing: {', '.join(missing)}.")
    return data


def listed(record: dict, key: str) -> list:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise SchedulingError(f"'{key}' should be a list.")
    return value


def day(value: Any, key: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise SchedulingError(
            f"'{key}' is '{value}', which is not a date: write YYYY-MM-DD."
        ) from None


def clock(value: Any) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        raise SchedulingError(f"'{value}' is not a time of day: write HH:MM, e.g. 18:30.") from None


def weekday(name: Any) -> int:
    names = [n.lower() for n in WEEKDAY_NAMES]
    if str(name).lower() not in names:
        raise SchedulingError(f"'{name}' is not a weekday: write Monday, Tuesday and so on.")
    return names.index(str(name).lower())


def whole(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SchedulingError(f"'{key}' should be a whole number, not {value!r}.")
    return value
