"""Programme-wide checks: lay leadership, organisations engaged, and lay partners' load.

Lay partners chairing or co-chairing shares power (DOMAIN.md); engaging every
kind of organisation on the checklist puts the right people in the room; and
spreading the work stops the most willing lay partners burning out and leaving.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .findings import Finding, Severity
from .snapshot import CHAIR_ROLES, Snapshot, Thresholds


def chair_findings(snapshot: Snapshot, lay: set[str]) -> Iterator[Finding]:
    """Yield a finding when no lay partner chairs or co-chairs any group."""
    if not snapshot.groups:
        return
    if any(
        m.role in CHAIR_ROLES and m.person_id in lay and m.is_active(snapshot.as_of)
        for m in snapshot.memberships
    ):
        return
    yield Finding(
        "no_lay_chair",
        Severity.WARNING,
        "programme",
        "",
        snapshot.programme,
        f"No lay partner chairs or co-chairs any group in {snapshot.programme}.",
        "Invite a lay partner to co-chair a group, starting with the core design "
        "team or the oversight group.",
    )


def category_findings(snapshot: Snapshot) -> Iterator[Finding]:
    """Yield, in checklist order, each kind of organisation not yet engaged."""
    engaged = {o.category for o in snapshot.organisations if o.engaged}
    for code, label in snapshot.categories.items():
        if code not in engaged:
            yield Finding(
                "category_not_engaged",
                Severity.WARNING,
                "category",
                code,
                label,
                f"No organisation from '{label}' is engaged yet.",
                "Find local organisations of this kind and invite them to nominate someone.",
            )


def overload_findings(
    snapshot: Snapshot, sitting: dict[str, set[str]], lay: set[str], thresholds: Thresholds
) -> Iterator[Finding]:
    """Yield lay partners who sit in more groups than one person should carry."""
    load: dict[str, int] = defaultdict(int)
    for members in sitting.values():
        for person_id in members & lay:
            load[person_id] += 1
    people = sorted(snapshot.people, key=lambda p: (p.name.casefold(), p.name, p.id))
    limit = thresholds.max_groups_per_lay_partner
    for person in people:
        if load[person.id] > limit:
            yield Finding(
                "lay_partner_overloaded",
                Severity.WARNING,
                "person",
                person.id,
                person.name,
                f"{person.name} sits in {load[person.id]} groups, more than {limit}, "
                "which risks burnout.",
                f"Share the load: ask {person.name} whether to step back from a "
                "group, and recruit more lay partners to take on the work.",
            )
