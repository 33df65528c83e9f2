"""Dates of birth: a date counts only where the words around it say it is a birth date.

Feedback is full of dates that are not personal ("seen on 12/03/2024", "since 4th June"),
so a date is a date of birth only when (a) a cue such as "born", "DOB", "d.o.b.", "date of
birth" or "birthday" comes shortly before it, with no other date or visit word between,
or (b) it is a full date (day, month and year) right beside an age ("aged 84", "84 years
old"), with no visit word ("seen", "admitted", "appointment", ...) between the two. A year
alone ("born in 1950") is left: on its own it rarely identifies anyone.
"""

from __future__ import annotations

import re

from .spans import DATE_OF_BIRTH, Span

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"\b(?:"
    rf"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:{_YEAR}|\d{{2}})(?![/.-]?\d)"
    rf"|{_YEAR}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])"
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}\.?(?:,?\s+(?P<year1>{_YEAR}|'?\d{{2}}))?"
    rf"|{_MONTH}\.?\s+{_DAY}(?:,?\s+(?P<year2>{_YEAR}))?"
    rf")\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s")
_LETTER = re.compile(r"[A-Za-z]")
_BIRTH_CUE = re.compile(
    r"\b(?:born|date\s+of\s+birth|birth\s?date|birthday)\b|\bd\.?\s?o\.?\s?b\b\.?", re.IGNORECASE
)
_AGE_CUE = re.compile(
    r"\b(?:aged?\s+\d{1,3}|\d{1,3}\s*(?:-\s*)?(?:years?|yrs?|y/?o)\b(?:[\s-]*old)?)",
    re.IGNORECASE,
)
_VISIT = re.compile(
    r"\b(?:seen|admitted|attended|appointment|discharged|visit\w*|called|came|arrived|went|"
    r"taken|rang|since|until|from)\b",
    re.IGNORECASE,
)
CUE_WINDOW = 40
AGE_WINDOW = 25


def _full(match: re.Match[str]) -> bool:
    """Return True when the date has a day, a month and a year."""
    if match.group("year1") or match.group("year2"):
        return True
    return not _LETTER.search(match.group(0))


def dates_of_birth(text: str) -> list[Span]:
    """Find dates that a cue or an age beside them marks as someone's date of birth."""
    found, last_date_end = [], 0
    for m in _DATE.finditer(text):
        window = max(0, m.start() - CUE_WINDOW, last_date_end)
        before = text[window : m.start()]
        last_date_end = m.end()
        cues = list(_BIRTH_CUE.finditer(before))
        between = before[cues[-1].end() :] if cues else ""
        cued = bool(cues) and not _SENTENCE_END.search(between) and not _VISIT.search(between)
        if cued or (_full(m) and _beside_age(text, m.start(), m.end())):
            found.append(Span(m.start(), m.end(), DATE_OF_BIRTH))
    return found


def _beside_age(text: str, start: int, end: int) -> bool:
    """Return True when an age sits just before or after the date, with no visit between."""
    before = text[max(0, start - AGE_WINDOW) : start]
    after = text[end : end + AGE_WINDOW]
    for ages, between in (
        (list(_AGE_CUE.finditer(before)), lambda a: before[a.end() :]),
        (list(_AGE_CUE.finditer(after))[:1], lambda a: after[: a.start()]),
    ):
        for age in ages:
            if not _VISIT.search(between(age)):
                return True
    return False
