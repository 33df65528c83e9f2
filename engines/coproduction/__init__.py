"""Co-production checks: are lay partners in the room, at every level, from the start?

A pure-Python engine (no Django) that reads a frozen snapshot of a programme's
governance groups, people, memberships and engaged organisations, and returns
plain-English findings, each with what to do about it. The Django side builds
snapshots through its adapters; `python -m engines.coproduction` runs the same
checks on a JSON file.
"""

from .checks import check
from .findings import RULES, Finding, Severity
from .serialise import (
    findings_to_dicts,
    snapshot_from_dict,
    snapshot_to_dict,
    thresholds_from_dict,
)
from .snapshot import (
    GROUP_KINDS,
    ROLES,
    SITTING_ROLES,
    CoproductionError,
    Group,
    Membership,
    Organisation,
    Person,
    Snapshot,
    Thresholds,
    validate,
)

__all__ = [
    "GROUP_KINDS",
    "ROLES",
    "RULES",
    "SITTING_ROLES",
    "CoproductionError",
    "Finding",
    "Group",
    "Membership",
    "Organisation",
    "Person",
    "Severity",
    "Snapshot",
    "Thresholds",
    "check",
    "findings_to_dicts",
    "snapshot_from_dict",
    "snapshot_to_dict",
    "thresholds_from_dict",
    "validate",
]
