"""Identifiers with a fixed shape: NHS numbers, National Insurance numbers, emails, postcodes.

Each is a regular expression plus the rule that tells a real identifier from a look-alike:
the NHS number's Modulus 11 check digit, the letters HMRC never gives as an NI prefix, the
list of real postcode areas. Lower-case look-alikes ("b1 2nd floor") need more evidence
than upper-case ones, because feedback is often typed without capitals.
"""

from __future__ import annotations

import re

from .spans import EMAIL, NHS_NUMBER, NI_NUMBER, POSTCODE, Span
from .wordlists import words

_NHS = re.compile(r"(?<![\d+])(?<!\d[ -])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![ -]?\d)")
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)
_NI = re.compile(
    r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([A-D]))?\b",
    re.IGNORECASE,
)
_NI_CUE = re.compile(r"\b(?:NI|NINO|national insurance)\b", re.IGNORECASE)
_NI_NEVER = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|([A-Z]{1,2})\d[A-Z\d]?( ?)\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$", re.IGNORECASE)
# Every postcode area in the UK, Crown dependencies and the two non-geographic ones.
POSTCODE_AREAS = words(
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL "
    "DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW "
    "KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM "
    "S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN "
    "WR WS WV YO ZE"
)


def nhs_check_digit_ok(digits: str) -> bool:
    """Return True when the tenth digit is the Modulus 11 check digit of the first nine."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs_numbers(text: str) -> list[Span]:
    """Find 10-digit numbers, plain or spaced 3-3-4, whose check digit is right."""
    return [
        Span(m.start(), m.end(), NHS_NUMBER)
        for m in _NHS.finditer(text)
        if nhs_check_digit_ok(m.group(1) + m.group(3) + m.group(4))
    ]


def emails(text: str) -> list[Span]:
    """Find email addresses (the common shape, not every address RFC 5322 allows)."""
    if "@" not in text:
        return []
    return [Span(m.start(), m.end(), EMAIL) for m in _EMAIL.finditer(text)]


def ni_numbers(text: str) -> list[Span]:
    """Find National Insurance numbers with a prefix HMRC gives out.

    Without the final letter, or typed in lower case, the number must follow a cue such as
    "NI" or "national insurance", since two letters and six digits alone could be a code.
    """
    found = []
    for m in _NI.finditer(text):
        prefix, suffix = m.group(1), m.group(5)
        if prefix.upper() in _NI_NEVER:
            continue
        plain = prefix.isupper() and (suffix is None or suffix.isupper())
        if not (plain and suffix) and not _NI_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        found.append(Span(m.start(), m.end(), NI_NUMBER))
    return found


def postcodes(text: str) -> list[Span]:
    """Find UK postcodes in real postcode areas, GIR 0AA included.

    Typed in lower or mixed case, a postcode must have its space and must not end in an
    ordinal such as "2nd", so "ward b1 2nd floor" is left alone.
    """
    found = []
    for m in _POSTCODE.finditer(text):
        area, space = m.group(1), m.group(2)
        if area is not None and area.upper() not in POSTCODE_AREAS:
            continue
        code = m.group(0)
        if not code.isupper() and (not space or _ORDINAL.search(code)):
            continue
        found.append(Span(m.start(), m.end(), POSTCODE))
    return found
