"""The programme as the co-production checks see it: frozen data, checked once.

The Django side copies its governance groups, people, memberships and engaged
organisations into these dataclasses, so the checks run the same way on a live
programme, a demo or a JSON file, with no database. `validate` rejects a
snapshot that contradicts itself, with a message that says how to fix it,
because a finding drawn from broken data would mislead the people acting on it.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

GROUP_KINDS = (
    "core_design_team",
    "working_group",
    "lay_advisory_group",
    "lay_forum",
    "oversight_group",
    "other",
)
ROLES = ("member", "chair", "co_chair", "programme_manager", "observer")
# Observers and programme managers attend but do not sit in the group, so they
# count toward neither its lay partners nor its size.
SITTING_ROLES = frozenset({"member", "chair", "co_chair"})
CHAIR_ROLES = frozenset({"chair", "co_chair"})


class CoproductionError(ValueError):
    """The snapshot is inconsistent; the message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    kind: str
    min_lay_partners: int
    min_members: int | None = None
    max_members: int | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    is_lay: bool


@dataclass(frozen=True)
class Membership:
    person_id: str
    group_id: str
    role: str
    started_on: datetime.date
    ended_on: datetime.date | None = None

    @property
    def is_sitting(self) -> bool:
        """Return whether the role makes the person a full member of the group."""
        return self.role in SITTING_ROLES

    def is_active(self, day: datetime.date) -> bool:
        """Return whether the membership has started and not yet ended on the day."""
        return self.started_on <= day and (self.ended_on is None or self.ended_on > day)

    def has_ended(self, day: datetime.date) -> bool:
        """Return whether the membership ended on or before the day."""
        return self.ended_on is not None and self.ended_on <= day


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    category: str
    engaged: bool


@dataclass(frozen=True)
class Snapshot:
    programme: str
    as_of: datetime.date
    groups: tuple[Group, ...]
    people: tuple[Person, ...]
    memberships: tuple[Membership, ...]
    organisations: tuple[Organisation, ...] = ()
    categories: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Thresholds:
    advisory_min: int = 15
    advisory_max: int = 25
    forum_target: int = 100
    forum_shortfall: float = 0.5
    max_groups_per_lay_partner: int = 3


DEFAULT_THRESHOLDS = Thresholds()


def validate(snapshot: Snapshot, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
    """Raise CoproductionError at the first inconsistency in the snapshot."""
    _require_unique("group", (g.id for g in snapshot.groups))
    _require_unique("person", (p.id for p in snapshot.people))
    _require_unique("organisation", (o.id for o in snapshot.organisations))
    for group in snapshot.groups:
        _validate_group(group)
    groups = {g.id: g for g in snapshot.groups}
    people = {p.id: p for p in snapshot.people}
    for membership in snapshot.memberships:
        _validate_membership(membership, groups, people)
    _validate_thresholds(thresholds)


def _require_unique(noun: str, ids: Iterable[str]) -> None:
    """Raise if two records of one kind share an id."""
    for id_, count in Counter(ids).items():
        if count > 1:
            raise CoproductionError(
                f"{count} {noun} records share the id '{id_}'; give each {noun} its own id."
            )


def _validate_group(group: Group) -> None:
    """Raise if a group's kind or size limits cannot be right."""
    if group.kind not in GROUP_KINDS:
        raise CoproductionError(
            f"Group '{group.name}' has the unknown kind '{group.kind}'; "
            f"use one of: {', '.join(GROUP_KINDS)}."
        )
    for label, value in (
        ("minimum number of lay partners", group.min_lay_partners),
        ("minimum size", group.min_members),
        ("maximum size", group.max_members),
    ):
        if value is not None and value < 0:
            raise CoproductionError(
                f"Group '{group.name}' has a {label} of {value}; use 0 or more."
            )
    if (
        group.min_members is not None
        and group.max_members is not None
        and group.min_members > group.max_members
    ):
        raise CoproductionError(
            f"Group '{group.name}' has a minimum size of {group.min_members}, above its "
            f"maximum of {group.max_members}; lower the minimum or raise the maximum."
        )


def _validate_membership(
    membership: Membership, groups: Mapping[str, Group], people: Mapping[str, Person]
) -> None:
    """Raise if a membership names someone or something missing, or has impossible dates."""
    group = groups.get(membership.group_id)
    if group is None:
        raise CoproductionError(
            f"A membership of person '{membership.person_id}' points to group "
            f"'{membership.group_id}', which is not in the snapshot; add the group or "
            "remove the membership."
        )
    person = people.get(membership.person_id)
    if person is None:
        raise CoproductionError(
            f"A membership of '{group.name}' points to person '{membership.person_id}', "
            "who is not in the snapshot; add the person or remove the membership."
        )
    who = f"The membership of {person.name} in '{group.name}'"
    if membership.role not in ROLES:
        raise CoproductionError(
            f"{who} has the unknown role '{membership.role}'; use one of: {', '.join(ROLES)}."
        )
    if membership.ended_on is not None and membership.ended_on < membership.started_on:
        raise CoproductionError(
            f"{who} ends on {membership.ended_on.isoformat()}, before it starts on "
            f"{membership.started_on.isoformat()}; correct one of the dates."
        )


def _validate_thresholds(thresholds: Thresholds) -> None:
    """Raise if the thresholds could never be met or make no sense."""
    for name in ("advisory_min", "advisory_max", "forum_target"):
        if getattr(thresholds, name) < 0:
            raise CoproductionError(f"The threshold {name} is negative; use 0 or more.")
    if thresholds.advisory_min > thresholds.advisory_max:
        raise CoproductionError(
            "The threshold advisory_min is above advisory_max; lower one or raise the other."
        )
    if not 0 <= thresholds.forum_shortfall <= 1:
        raise CoproductionError(
            "The threshold forum_shortfall should be a fraction between 0 and 1, such as 0.5."
        )
    if thresholds.max_groups_per_lay_partner < 1:
        raise CoproductionError("The threshold max_groups_per_lay_partner should be 1 or more.")
