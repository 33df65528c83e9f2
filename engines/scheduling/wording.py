"""Plain-English pieces shared by the messages: dates, lengths, days, times and name lists.

Messages are read by programme managers, not engineers, so they speak of "Tuesday evenings"
and "2 hours", never of weekday numbers or minutes since midnight.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .model import WEEKDAY_NAMES, Group

CADENCE_ADJECTIVES = {
    "weekly": "weekly",
    "fortnightly": "fortnightly",
    "monthly": "monthly",
    "quarterly": "quarterly",
    "per_step": "per-step",
    "total": "",
}
CADENCE_WORDS = {
    "weekly": "every week",
    "fortnightly": "every fortnight",
    "monthly": "every month",
    "quarterly": "every quarter",
}


def nice_date(day: date) -> str:
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {day:%B %Y}"


def day_month(day: date, short: bool = False) -> str:
    """'6 April' (or '6 Apr'), without the platform-specific '%-d'."""
    return f"{day.day} {day:%b}" if short else f"{day.day} {day:%B}"


def minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours != 1 else ""))
    if rest or not hours:
        parts.append(f"{rest} minutes")
    return " ".join(parts)


def join_words(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def some_names(names: Sequence[str], shown: int = 2) -> str:
    """'Pat', 'Pat and Sam', or 'Pat, Sam and 3 others'."""
    if len(names) <= shown + 1:
        return join_words(list(names))
    rest = len(names) - shown
    return join_words([*names[:shown], f"{rest} other" + ("s" if rest != 1 else "")])


def day_words(group: Group) -> str:
    return join_words([WEEKDAY_NAMES[d] + "s" for d in group.weekdays])


def time_words(group: Group) -> str:
    """'in the evening (18:00–21:00)' or 'in the daytime (09:30–16:30) or 18:00–20:00'."""
    parts = []
    for window in group.windows:
        span = f"{window.start:%H:%M}–{window.end:%H:%M}"
        label = window.label
        if label in ("morning", "afternoon", "evening", "daytime"):
            label = f"in the {label}"
        parts.append(f"{label} ({span})" if label else f"between {span}")
    return " or ".join(parts)


def times_words(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def when_words(group: Group) -> str:
    """'Tuesday evenings (18:00–21:00)' or 'Mondays and Wednesdays, daytime (09:30–16:30)'."""
    if len(group.windows) == 1 and group.windows[0].label == "evening":
        window = group.windows[0]
        days = join_words([WEEKDAY_NAMES[d] for d in group.weekdays])
        return f"{days} evenings ({window.start:%H:%M}–{window.end:%H:%M})"
    return f"{day_words(group)} {time_words(group)}"


def cadence_words(group: Group) -> str:
    if group.cadence == "per_step":
        return f"{times_words(group.per_step)} in each design step"
    if group.cadence == "total":
        return f"{times_words(group.count)} in all"
    return CADENCE_WORDS[group.cadence]
