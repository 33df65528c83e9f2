"""Street addresses: a house number, a street name and a street word such as Road or Close.

A flat or apartment before the number ("Flat 3, 12 Mill Lane") is part of the address;
the town and the postcode after it are not (the postcode is its own finding). Capitalised
street names are taken as written. In lower case ("12 church road") the words between the
number and the street word must not be everyday words such as "the" or "minutes", so
"2 miles down the road" stays, and only unmistakable street words count.
"""

from __future__ import annotations

import re

from .spans import ADDRESS, Span
from .wordlists import words

_STREET_WORDS = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Cres|Court|Ct|Place|Gardens|"
    "Grove|Terrace|Walk|Hill|Park|Square|Row|Mews|Green|View|Rise|Parade|Boulevard|Vale|"
    "Meadows?|Fields?|Croft|Chase|Wynd|Gate|Bank|Villas|Cottages|Parkway|Heights"
)
_FLAT = r"(?:(?:Flat|Apartment|Apt|Unit)\.?\s*\d{1,4}[A-Za-z]?,?\s+)?"
_CAPITALISED = re.compile(
    rf"(?<![\w£$.])(?:{_FLAT})\d{{1,4}}[A-Za-z]?,?\s+((?:(?:[A-Z][a-z'’]+|St\.?)\s+){{1,3}})"
    rf"(?:{_STREET_WORDS})\b",
)
_THE = re.compile(  # "5 The Crescent": the street word is the whole name
    rf"(?<![\w£$.])(?:{_FLAT})\d{{1,4}}[A-Za-z]?,?\s+The\s+()(?:{_STREET_WORDS}|Paddock|Spinney)\b"
)
_LOWER = re.compile(
    r"(?<![\w£$.])(?:(?:flat|apartment)\s*\d{1,4}[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+"
    r"((?:[a-z']+\s+){1,2})(?:road|street|avenue|lane|crescent|terrace|grove|gardens|mews)\b",
)
_NOT_STREET_NAMES = words(
    "the a an my our your his her their this that to of in on at by for from down up along "
    "across over round around off into onto past near and or minutes mins minute miles mile "
    "hours hrs hour days day weeks week months month years times houses doors yards metres "
    "people cars ambulances paramedics staff more less other few many same"
)


def addresses(text: str) -> list[Span]:
    """Find street addresses with a house number."""
    found = []
    for pattern in (_CAPITALISED, _THE, _LOWER):
        for m in pattern.finditer(text):
            if any(w.lower() in _NOT_STREET_NAMES for w in m.group(1).split()):
                continue
            if not any(s.start < m.end() and m.start() < s.end for s in found):
                found.append(Span(m.start(), m.end(), ADDRESS))
    return found
