"""Say why a group has no possible meeting time in a stretch of days it must meet in.

This is found before any solving, so the message can point at the simple cause: no preferred
weekday in those days, or every such day a bank holiday.
"""

from __future__ import annotations

from datetime import date

from .dates import Span, bank_holidays, days
from .errors import SchedulingError
from .model import Group, Plan
from .wording import day_words, join_words, nice_date


def no_room(plan: Plan, group: Group, span: Span, when: str) -> None:
    """Raise SchedulingError explaining why `group` cannot meet `when` (inside `span`)."""
    holidays = bank_holidays(plan)
    preferred: list[date] = [d for d in days(span) if d.weekday() in group.weekdays]
    if not preferred:
        reason = f"none of its preferred days ({day_words(group)}) falls in that time"
    elif all(d in holidays for d in preferred):
        listed = join_words([f"{nice_date(d)} ({holidays[d]})" for d in preferred])
        if len(preferred) == 1:
            reason = f"its only preferred day then, {listed}, is a bank holiday"
        else:
            reason = f"its preferred days then, {listed}, are all bank holidays"
    else:
        reason = "its preferred times do not fit inside those days"
    raise SchedulingError(
        f"{group.name} has no possible meeting time {when}: {reason}. "
        "Add another preferred weekday or time, or change the dates."
    )
