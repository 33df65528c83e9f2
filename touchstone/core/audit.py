"""Record every write in the audit log, with the fields that changed.

Services call `record` inside their transaction, so a change and its audit entry are
saved together or not at all.
"""

from datetime import date, datetime
from decimal import Decimal

from django.db import models

from .models import AuditEntry

# Fields whose values must never be copied into the log: only the fact they changed.
SECRET_FIELDS = ("password", "key_hash", "token", "secret")


def _plain(value):
    """Turn a field value into something JSON can hold and a person can read."""
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple, set, models.QuerySet)):
        return [_plain(item) for item in value]
    return value


def redact(changes: dict) -> dict:
    """Replace the values of secret fields by a marker, keeping that they changed."""
    return {
        name: "(changed, not shown)" if any(word in name for word in SECRET_FIELDS) else value
        for name, value in changes.items()
    }


def snapshot(instance: models.Model, fields: list[str]) -> dict:
    """Capture the named fields of an instance, to compare after a change."""
    return {name: _plain(getattr(instance, name)) for name in fields}


def diff(before: dict, after: dict) -> dict:
    """Return {field: [old, new]} for the fields whose value changed."""
    return {
        name: [before.get(name), after.get(name)]
        for name in after
        if before.get(name) != after.get(name)
    }


def record(*, actor, action: str, target: models.Model, programme=None, changes=None) -> AuditEntry:
    """Add one entry to the audit log."""
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=(actor.get_full_name() or actor.email) if getattr(actor, "pk", None) else "",
        action=action,
        programme=programme,
        target_type=target._meta.label,
        target_id=str(target.pk),
        target_repr=str(target)[:300],
        changes=redact({key: _plain(value) for key, value in (changes or {}).items()}),
    )
