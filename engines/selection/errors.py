"""The one error the selection engine raises."""


class SelectionError(ValueError):
    """The selection cannot be made as stated; the message says what to change."""
