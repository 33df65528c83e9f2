"""Days the demo's meetings fall on: weekdays clear of bank holidays and Christmas week.

Dates count from the day the demo is loaded, so they land on a different weekday each
time; these helpers keep them on days a group would really meet.
"""

import datetime

import holidays

SATURDAY = 5
DAY, WEEK = datetime.timedelta(days=1), datetime.timedelta(weeks=1)
ENGLAND = holidays.country_holidays("GB", subdiv="ENG")


def is_closed(day: datetime.date) -> bool:
    """A weekend, an English bank holiday or the days between Christmas Eve and New Year."""
    return day.weekday() >= SATURDAY or day in ENGLAND or (day.month, day.day) >= (12, 24)


def open_day(day: datetime.date, step: int = 1) -> datetime.date:
    """The nearest weekday from `day` that is not closed, later (step 1) or earlier (-1)."""
    while is_closed(day):
        day += datetime.timedelta(days=step)
    return day


def saturday_on_or_after(day: datetime.date) -> datetime.date:
    """The first Saturday from `day` outside a bank holiday weekend or Christmas week."""
    day += datetime.timedelta(days=(SATURDAY - day.weekday()) % 7)
    while day in ENGLAND or (day.month, day.day) >= (12, 24) or day + DAY * 2 in ENGLAND:
        day += WEEK
    return day


def advisory_anchor(today: datetime.date) -> datetime.date:
    """The next advisory meeting: an open day three to six days off, so its papers deadline
    (a week before) has passed; a weekday even if closed, around Christmas or Easter."""
    days = [today + DAY * n for n in range(3, 7)]
    return next((d for d in days if not is_closed(d)), next(d for d in days if d.weekday() < 5))
