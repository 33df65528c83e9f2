"""Find and replace personal data in free text with typed placeholders, offline.

Feedback names staff and patients and sometimes carries NHS numbers, phone numbers,
addresses and dates of birth; these must go before anyone reads or publishes it. A
pure-Python engine (no Django, no model download): `redact(text)` returns the text with
placeholders such as [NAME] and [NHS NUMBER] and the spans found; `find(text)` returns
the spans only. `python -m engines.redaction IN.csv --text-column COL` redacts a CSV file
row by row, and `python -m engines.redaction evaluate FILE` scores a labelled set.
"""

from __future__ import annotations

from .finder import find, redact
from .spans import (
    ADDRESS,
    DATE_OF_BIRTH,
    EMAIL,
    NAME,
    NHS_NUMBER,
    NI_NUMBER,
    PHONE,
    POSTCODE,
    STRUCTURED,
    TYPES,
    Redacted,
    RedactionError,
    Span,
)

__all__ = [
    "ADDRESS",
    "DATE_OF_BIRTH",
    "EMAIL",
    "NAME",
    "NHS_NUMBER",
    "NI_NUMBER",
    "PHONE",
    "POSTCODE",
    "STRUCTURED",
    "TYPES",
    "Redacted",
    "RedactionError",
    "Span",
    "find",
    "redact",
]
