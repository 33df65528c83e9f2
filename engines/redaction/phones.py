"""Telephone numbers, UK and international, found by Google's libphonenumber rules.

phonenumbers knows which number ranges are really in use, so "999", a year or a dose is
not taken for a phone number. Its matcher is slow next to a regular expression, so it
runs only on text holding a run of at least seven digits with spacing between them.
Numbers shaped like a UK number (0 or +44 then ten digits) are kept even when their range
is not in use, such as Ofcom's 07700 900xxx drama range: someone wrote them down as theirs.
"""

from __future__ import annotations

import re

import phonenumbers

from .spans import PHONE, Span

_ENOUGH_DIGITS = re.compile(r"\d(?:[\s().\-/]{0,3}\d){6}")
_UK_SHAPED = re.compile(r"(?<![\d+])(?:\+44[ -]?(?:\(0\)[ -]?)?|0)[1-9](?:[ -]?\d){9}(?!-?\d)")


def phones(text: str, region: str = "GB") -> list[Span]:
    """Find numbers valid for their country; numbers without +code are read as UK ones."""
    if not _ENOUGH_DIGITS.search(text):
        return []
    matcher = phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.VALID)
    found = [Span(match.start, match.end, PHONE) for match in matcher]
    for m in _UK_SHAPED.finditer(text):
        if not any(s.start < m.end() and m.start() < s.end for s in found):
            found.append(Span(m.start(), m.end(), PHONE))
    return found
