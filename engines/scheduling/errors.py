"""The one error the scheduling engine raises.

Callers (the web app, the command line) catch a single type and show its message as it is,
so every message is written for the programme manager: what is wrong and how to fix it.
"""


class SchedulingError(ValueError):
    """The calendar cannot be made as asked; the message says which rules clash or what to fix."""
