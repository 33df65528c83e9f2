"""A small programme builder, so each test states only what matters to it."""

from __future__ import annotations

import datetime
import itertools

from engines.coproduction import (
    Finding,
    Group,
    Membership,
    Organisation,
    Person,
    Snapshot,
    Thresholds,
    check,
)

AS_OF = datetime.date(2026, 3, 10)
START = datetime.date(2026, 1, 5)


class Programme:
    """Collect groups, people and memberships, then check them as one snapshot."""

    def __init__(self, name: str = "Healthy Ageing programme", as_of: datetime.date = AS_OF):
        self.name = name
        self.as_of = as_of
        self.groups: list[Group] = []
        self.people: list[Person] = []
        self.memberships: list[Membership] = []
        self.organisations: list[Organisation] = []
        self.categories: dict[str, str] = {}
        self._ids = itertools.count(1)

    def group(self, name: str, kind: str = "working_group", min_lay: int = 0, **sizes) -> Group:
        """Add a group and return it."""
        group = Group(f"g{next(self._ids)}", name, kind, min_lay, **sizes)
        self.groups.append(group)
        return group

    def person(self, name: str, lay: bool = True) -> Person:
        """Add a person, a lay partner unless lay is False, and return them."""
        person = Person(f"p{next(self._ids)}", name, lay)
        self.people.append(person)
        return person

    def seat(
        self,
        person: Person,
        group: Group,
        role: str = "member",
        start: datetime.date = START,
        end: datetime.date | None = None,
    ) -> Membership:
        """Add a membership of the person in the group and return it."""
        membership = Membership(person.id, group.id, role, start, end)
        self.memberships.append(membership)
        return membership

    def fill(self, group: Group, lay: int = 0, professionals: int = 0) -> list[Person]:
        """Seat new lay partners and professionals as members from START; return them."""
        people = [self.person(f"Lay partner {next(self._ids)}") for _ in range(lay)]
        people += [
            self.person(f"Professional {next(self._ids)}", lay=False) for _ in range(professionals)
        ]
        for person in people:
            self.seat(person, group)
        return people

    def organisation(self, name: str, category: str, engaged: bool = True) -> Organisation:
        """Add an organisation and return it."""
        organisation = Organisation(f"o{next(self._ids)}", name, category, engaged)
        self.organisations.append(organisation)
        return organisation

    def snapshot(self) -> Snapshot:
        """Return everything added so far as a snapshot."""
        return Snapshot(
            self.name,
            self.as_of,
            tuple(self.groups),
            tuple(self.people),
            tuple(self.memberships),
            tuple(self.organisations),
            dict(self.categories),
        )

    def check(self, **thresholds) -> tuple[Finding, ...]:
        """Return the findings for the snapshot, with any thresholds changed."""
        return check(self.snapshot(), Thresholds(**thresholds))

    def findings(self, code: str, **thresholds) -> list[Finding]:
        """Return only the findings with the given rule code."""
        return [f for f in self.check(**thresholds) if f.code == code]
