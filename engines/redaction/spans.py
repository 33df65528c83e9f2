"""The things the engine hands back: spans of personal data, the redacted text, its error.

Kept apart from the detectors so callers (the CLI, Touchstone) depend on these small
types only, not on how each kind of personal data is found.
"""

from __future__ import annotations

from dataclasses import dataclass

NAME = "NAME"
NHS_NUMBER = "NHS NUMBER"
PHONE = "PHONE"
EMAIL = "EMAIL"
POSTCODE = "POSTCODE"
NI_NUMBER = "NI NUMBER"
DATE_OF_BIRTH = "DATE OF BIRTH"
ADDRESS = "ADDRESS"

# Earlier types win where two findings overlap: the most certain detectors first.
TYPES = (EMAIL, NHS_NUMBER, NI_NUMBER, PHONE, POSTCODE, DATE_OF_BIRTH, ADDRESS, NAME)
STRUCTURED = (NHS_NUMBER, PHONE, EMAIL, POSTCODE, NI_NUMBER, DATE_OF_BIRTH, ADDRESS)


class RedactionError(ValueError):
    """Raised with a plain message when text or a file cannot be redacted."""


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """One piece of personal data: its type and where it is in the original text."""

    start: int
    end: int
    type: str

    @property
    def placeholder(self) -> str:
        return f"[{self.type}]"


@dataclass(frozen=True, slots=True)
class Redacted:
    """Text with every piece of personal data replaced by a typed placeholder."""

    text: str
    spans: tuple[Span, ...]

    @property
    def count(self) -> int:
        return len(self.spans)
