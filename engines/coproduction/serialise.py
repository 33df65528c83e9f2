"""JSON-shaped dicts to and from the engine's dataclasses.

Shared by the command line and the Django side, so a snapshot saved from a live
programme can be checked again from a file. Reading is strict: a misspelt or
mistyped field raises CoproductionError naming the record and the field,
rather than being ignored and quietly changing the findings.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import enum
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any

from .findings import Finding
from .snapshot import (
    CoproductionError,
    Group,
    Membership,
    Organisation,
    Person,
    Snapshot,
    Thresholds,
)

_RECORDS = {
    "groups": Group,
    "people": Person,
    "memberships": Membership,
    "organisations": Organisation,
}
# bool is a subclass of int in Python, but true is not a number in a snapshot.
_ACCEPTS = {
    str: lambda value: isinstance(value, str),
    bool: lambda value: isinstance(value, bool),
    int: lambda value: isinstance(value, int) and not isinstance(value, bool),
    float: lambda value: isinstance(value, int | float) and not isinstance(value, bool),
}
_DESCRIPTIONS = {
    str: "text",
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    datetime.date: "a date such as 2026-03-03",
}


def snapshot_from_dict(data: Mapping[str, Any]) -> Snapshot:
    """Build a Snapshot from a JSON-shaped dict, ignoring an optional "thresholds" key."""
    _require_object(data, "the snapshot")
    _require_keys(
        data,
        "the snapshot",
        {f.name for f in dataclasses.fields(Snapshot)} | {"thresholds"},
        required={"programme", "as_of", "groups", "people", "memberships"},
    )
    records = {}
    for key, cls in _RECORDS.items():
        items = data.get(key, [])
        if not isinstance(items, list):
            raise CoproductionError(f"'{key}' should be a list of objects.")
        records[key] = tuple(_record(cls, item, f"{key}[{i}]") for i, item in enumerate(items))
    categories = data.get("categories", {})
    if not isinstance(categories, dict) or not all(isinstance(v, str) for v in categories.values()):
        raise CoproductionError("'categories' should be an object of codes to plain labels.")
    return Snapshot(
        programme=_value(data["programme"], str, "the snapshot", "programme"),
        as_of=_value(data["as_of"], datetime.date, "the snapshot", "as_of"),
        categories=dict(categories),
        **records,
    )


def thresholds_from_dict(data: Mapping[str, Any] | None) -> Thresholds:
    """Build Thresholds from a JSON-shaped dict, with defaults for missing values."""
    return _record(Thresholds, data or {}, "thresholds")


def snapshot_to_dict(snapshot: Snapshot) -> dict[str, Any]:
    """Return the snapshot as a JSON-ready dict that snapshot_from_dict reads back."""
    data: dict[str, Any] = {"programme": snapshot.programme, "as_of": snapshot.as_of.isoformat()}
    for key in _RECORDS:
        data[key] = [_plain(record) for record in getattr(snapshot, key)]
    data["categories"] = dict(snapshot.categories)
    return data


def findings_to_dicts(findings: Iterable[Finding]) -> list[dict[str, str]]:
    """Return findings as JSON-ready dicts, severity as its plain value."""
    return [_plain(finding) for finding in findings]


def _plain(record: Any) -> dict[str, Any]:
    """Return a flat dataclass as a dict, dates as ISO strings and enums as values."""
    data = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, datetime.date):
            value = value.isoformat()
        elif isinstance(value, enum.Enum):
            value = value.value
        data[f.name] = value
    return data


def _record(cls: type, item: Any, where: str) -> Any:
    """Build one flat dataclass from a dict, checking every field's presence and type."""
    _require_object(item, where)
    fields = dataclasses.fields(cls)
    required = {f.name for f in fields if f.default is dataclasses.MISSING}
    _require_keys(item, where, {f.name for f in fields}, required)
    hints = typing.get_type_hints(cls)
    return cls(**{name: _value(value, hints[name], where, name) for name, value in item.items()})


def _require_object(item: Any, where: str) -> None:
    """Raise unless the item is a JSON object."""
    if not isinstance(item, Mapping):
        raise CoproductionError(f"{where} should be an object, not {type(item).__name__}.")


def _require_keys(item: Mapping[str, Any], where: str, known: set[str], required: set[str]) -> None:
    """Raise on a missing or unknown key, naming it."""
    if missing := sorted(required - item.keys()):
        raise CoproductionError(f"{where} is missing {', '.join(map(repr, missing))}.")
    if unknown := sorted(item.keys() - known):
        raise CoproductionError(
            f"{where} has unknown {', '.join(map(repr, unknown))}; "
            f"use only {', '.join(sorted(known))}."
        )


def _value(value: Any, hint: Any, where: str, name: str) -> Any:
    """Return the JSON value converted to the field's type, or raise naming the field."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if value is None and type(None) in options:
        return None
    kind = next(t for t in options if t is not type(None))
    if kind is datetime.date:
        with contextlib.suppress(TypeError, ValueError):
            return datetime.date.fromisoformat(value)
    elif _ACCEPTS[kind](value):
        return float(value) if kind is float else value
    raise CoproductionError(f"{where}: '{name}' should be {_DESCRIPTIONS[kind]}, not {value!r}.")
