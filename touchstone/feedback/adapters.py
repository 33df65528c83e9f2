"""The one place feedback meets the redaction engine."""

from engines.redaction import redact


def public_text(text: str) -> str:
    """Return feedback with names, phone numbers and other personal data replaced.

    Everything published goes through here: people name staff, relatives and themselves
    in what they write ("Nurse Julie was lovely"), and the public page must not.
    """
    return redact(text).text
