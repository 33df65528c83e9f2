"""Plain-English pieces for findings: counts, numbers in words and dates.

Findings are read by lay partners and programme managers, so numbers agree with
their nouns ("1 lay partner", "no lay partners") and dates read the British way
("3 March 2026") whatever the machine's locale.
"""

from __future__ import annotations

import datetime

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def plural(n: int, singular: str, many: str | None = None) -> str:
    """Return the singular noun for one, else the plural (adding "s" by default)."""
    return singular if n == 1 else (many if many is not None else singular + "s")


def count(n: int, noun: str) -> str:
    """Return a count with its noun in figures, such as "1 lay partner" or "no members"."""
    return f"no {plural(0, noun)}" if n == 0 else f"{n} {plural(n, noun)}"


def words(n: int) -> str:
    """Return a small number in words ("two"), larger ones in figures."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def more(missing: int, have: int, noun: str = "lay partner") -> str:
    """Return how many to add, such as "two lay partners" or "one more lay partner"."""
    extra = " more" if have else ""
    return f"{words(missing)}{extra} {plural(missing, noun)}"


def day(date: datetime.date) -> str:
    """Return a date the British way, such as "3 March 2026"."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
