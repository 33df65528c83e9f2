"""Errors a service raises when a request breaks a rule; views show the message as it is."""

from django.core.exceptions import PermissionDenied


class ServiceError(Exception):
    """A rule stops this change. The message says what is wrong in plain English.

    `field` names the form field the message belongs to, when there is one.
    """

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class AccessDenied(PermissionDenied):
    """The person asking may not do this in this programme."""
