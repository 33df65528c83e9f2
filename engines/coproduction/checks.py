"""Checks that lay partners really are in the room, at every level, from the start.

The rules come from North West London's strategic co-production (DOMAIN.md):
each working group has a pair of lay partners as full members, the lay groups
stay the size that lets them work, lay partners chair or co-chair, every kind
of organisation is engaged, nobody is worn out, and leavers are replaced.
Each finding says, in plain English, what is wrong and what to do about it, so
a programme manager can act on it without reading this code.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import wording as w
from .coverage import category_findings, chair_findings, overload_findings
from .findings import RULES, Finding, Severity, about
from .snapshot import DEFAULT_THRESHOLDS, Group, Snapshot, Thresholds, validate
from .vacancies import vacancy_findings

# Lay groups are lay by design, and the core team and oversight group need lay
# partners from the first meeting whatever minimum they were given.
_ALWAYS_NEED_LAY = frozenset(
    {"core_design_team", "oversight_group", "lay_advisory_group", "lay_forum"}
)


def check(snapshot: Snapshot, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[Finding, ...]:
    """Return findings, blocking first, then warning, then advice; stable order within each."""
    validate(snapshot, thresholds)
    sitting = _sitting_by_group(snapshot)
    lay = {p.id for p in snapshot.people if p.is_lay}
    groups = sorted(snapshot.groups, key=lambda g: (g.name.casefold(), g.name, g.id))
    findings = [
        *_lay_partner_findings(groups, sitting, lay),
        *_size_findings(groups, sitting, thresholds),
        *chair_findings(snapshot, lay),
        *category_findings(snapshot),
        *overload_findings(snapshot, sitting, lay, thresholds),
        *vacancy_findings(snapshot, groups),
    ]
    severities = list(Severity)
    # Each rule yields its findings in display order, so a stable sort keeps it.
    findings.sort(key=lambda f: (severities.index(f.severity), RULES.index(f.code)))
    return tuple(findings)


def _sitting_by_group(snapshot: Snapshot) -> dict[str, set[str]]:
    """Map each group id to the people who sit in it on the snapshot's date."""
    sitting: dict[str, set[str]] = {g.id: set() for g in snapshot.groups}
    for m in snapshot.memberships:
        if m.is_sitting and m.is_active(snapshot.as_of):
            sitting[m.group_id].add(m.person_id)
    return sitting


def _lay_partner_findings(
    groups: list[Group], sitting: dict[str, set[str]], lay: set[str]
) -> Iterator[Finding]:
    """Yield at most one finding per group about too few lay partners."""
    for group in groups:
        count = len(sitting[group.id] & lay)
        name = group.name
        if group.kind == "working_group" and count < 2:
            # The pair is for mutual support whatever the minimum; a higher minimum
            # is reported by lay_below_minimum once the pair is there.
            yield about(
                group,
                "no_lay_pair",
                Severity.BLOCKING,
                f"{name} has no lay pair: it has {w.count(count, 'lay partner')} and needs 2.",
                f"Add {w.more(2 - count, count)} as {_full_members(2 - count)}, "
                "so they can support each other.",
            )
        elif count == 0 and (group.min_lay_partners > 0 or group.kind in _ALWAYS_NEED_LAY):
            needed = max(1, group.min_lay_partners)
            yield about(
                group,
                "no_lay_partner",
                Severity.BLOCKING,
                f"{name} has no lay partners and needs at least {needed}.",
                f"Invite {w.more(needed, 0)} to join {name} as {_full_members(needed)}, "
                "so lay partners are involved from the start.",
            )
        elif count == 0:
            # Lay partners belong at every level, so a group with none is flagged even
            # with no minimum; nobody asked for them there, so it warns, not blocks.
            yield about(
                group,
                "no_lay_partner",
                Severity.WARNING,
                f"{name} has no lay partners.",
                f"Invite at least one lay partner to join {name} as a full member, "
                "so lay partners are involved at every level.",
            )
        elif count < group.min_lay_partners:
            missing = group.min_lay_partners - count
            yield about(
                group,
                "lay_below_minimum",
                Severity.BLOCKING,
                f"{name} has {w.count(count, 'lay partner')}, fewer than its minimum "
                f"of {group.min_lay_partners}.",
                f"Invite {w.more(missing, count)} to join as {_full_members(missing)}.",
            )


def _full_members(n: int) -> str:
    """Return "a full member" or "full members" to agree with n."""
    return w.plural(n, "a full member", "full members")


def _size_findings(
    groups: list[Group], sitting: dict[str, set[str]], thresholds: Thresholds
) -> Iterator[Finding]:
    """Yield advisory groups outside their size range, then forums far below target."""
    advisory = [g for g in groups if g.kind == "lay_advisory_group"]
    for group in advisory:
        count = len(sitting[group.id])
        low, high = _advisory_range(group, thresholds)
        has = f"{group.name} has {w.count(count, 'member')}"
        if count < low:
            yield about(
                group,
                "advisory_size",
                Severity.WARNING,
                f"{has}, fewer than the {low} to {high} it needs to work well.",
                f"Recruit {w.more(low - count, count)}, for example from the Lay Partners Forum.",
            )
        elif count > high:
            yield about(
                group,
                "advisory_size",
                Severity.WARNING,
                f"{has}, more than the {low} to {high} that can work well together.",
                f"Split the group in two, or invite {w.words(count - high)} "
                f"{w.plural(count - high, 'member')} to move to the Lay Partners Forum.",
            )
    for group in (g for g in groups if g.kind == "lay_forum"):
        count = len(sitting[group.id])
        target = group.min_members if group.min_members is not None else thresholds.forum_target
        if count < thresholds.forum_shortfall * target:
            yield about(
                group,
                "forum_below_target",
                Severity.WARNING,
                f"{group.name} has {w.count(count, 'member')}, far below its target "
                f"of about {target}.",
                "Keep recruiting through posters, local papers, word of mouth and "
                "partner organisations, and seek out communities not yet heard.",
            )


def _advisory_range(group: Group, thresholds: Thresholds) -> tuple[int, int]:
    """Return the group's own size range, filling a missing end from the thresholds."""
    low, high = group.min_members, group.max_members
    # A group's own end wins, so a missing end never makes the range impossible.
    if low is None:
        low = thresholds.advisory_min if high is None else min(thresholds.advisory_min, high)
    if high is None:
        high = max(thresholds.advisory_max, low)
    return low, high
