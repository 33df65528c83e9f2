"""What the checks report: a finding says what is wrong and what to do about it.

Kept apart from the rules so every rule module builds findings the same way and
the Django side can import the types without the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .snapshot import Group


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"
    ADVICE = "advice"


# Findings are sorted by severity, then by this order, then by subject.
RULES = (
    "no_lay_pair",
    "no_lay_partner",
    "lay_below_minimum",
    "advisory_size",
    "forum_below_target",
    "no_lay_chair",
    "category_not_engaged",
    "lay_partner_overloaded",
    "vacancy_unfilled",
)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    subject_kind: str
    subject_id: str
    subject_name: str
    message: str
    action: str


def about(group: Group, code: str, severity: Severity, message: str, action: str) -> Finding:
    """Return a finding about a group."""
    return Finding(code, severity, "group", group.id, group.name, message, action)
