"""Small helpers shared by the redaction tests."""

from engines.redaction import find


def found(text: str, kind: str | None = None) -> list[str]:
    """Return the pieces of text found (of one type, when kind is given)."""
    return [text[s.start : s.end] for s in find(text) if kind is None or s.type == kind]


def nhs_number(first_nine: str) -> str | None:
    """Return the ten-digit NHS number for nine digits, or None when no check digit exists."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return None if check == 10 else first_nine + str(check)
