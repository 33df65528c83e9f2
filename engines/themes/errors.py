"""The one error a person can act on: bad input, an unusable framework, a stale model."""


class ThemesError(ValueError):
    """Something a person can fix; the message says what is wrong and how to fix it."""
