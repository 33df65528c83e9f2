"""Places left empty when people leave a group and nobody takes them.

Recruitment has to be continuous (DOMAIN.md): people withdraw over the time
asked and the lack of payment. A place counts as filled when someone of the
same kind (lay or not) starts on or after the day the leaver left, the leaver
rejoining included. Matching each leaver, earliest first, to the earliest
newcomer who can fill the place fills as many places as any matching can, so
the count of empty places never depends on the order of the input.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from . import wording as w
from .findings import Finding, Severity, about
from .snapshot import Group, Membership, Person, Snapshot


@dataclass(frozen=True)
class Vacancy:
    group_id: str
    is_lay: bool
    count: int
    since: datetime.date
    last_leaver: str


def vacancies(snapshot: Snapshot) -> dict[tuple[str, bool], Vacancy]:
    """Return the empty places on the snapshot's date, keyed by group id and lay or not."""
    people = {p.id: p for p in snapshot.people}
    pools: dict[tuple[str, bool], list[Membership]] = defaultdict(list)
    for m in snapshot.memberships:
        if m.is_sitting:
            pools[(m.group_id, people[m.person_id].is_lay)].append(m)
    found = {}
    for (group_id, is_lay), memberships in pools.items():
        # Sorting on every field makes the result independent of the input order.
        memberships.sort(key=lambda m: _order(m, people))
        left = _unfilled(memberships, snapshot.as_of)
        if left:
            last = max(left, key=lambda m: (m.ended_on, _order(m, people)))
            name = people[last.person_id].name
            found[(group_id, is_lay)] = Vacancy(group_id, is_lay, len(left), last.ended_on, name)
    return found


def _order(m: Membership, people: Mapping[str, Person]) -> tuple:
    """Return a sort key that tells any two different memberships apart."""
    return (
        m.started_on,
        m.ended_on or datetime.date.max,
        people[m.person_id].name,
        m.person_id,
        m.role,
    )


def _unfilled(memberships: list[Membership], as_of: datetime.date) -> list[Membership]:
    """Return the ended memberships that no later start has made up for."""
    leavers = sorted(
        (i for i, m in enumerate(memberships) if m.has_ended(as_of)),
        key=lambda i: memberships[i].ended_on,
    )
    joiners = [i for i, m in enumerate(memberships) if m.started_on <= as_of]
    used: set[int] = set()
    left = []
    for i in leavers:
        ended_on = memberships[i].ended_on
        filler = next(
            (
                j
                for j in joiners
                if j not in used and j != i and memberships[j].started_on >= ended_on
            ),
            None,
        )
        if filler is None:
            left.append(memberships[i])
        else:
            used.add(filler)
    return left


def vacancy_findings(snapshot: Snapshot, groups: list[Group]) -> Iterator[Finding]:
    """Yield, per group, the lay and then the other places left empty by leavers."""
    found = vacancies(snapshot)
    for group in groups:
        for is_lay in (True, False):
            vacancy = found.get((group.id, is_lay))
            if vacancy is not None:
                yield _vacancy_finding(group, vacancy)


def _vacancy_finding(group: Group, vacancy: Vacancy) -> Finding:
    """Return the finding for the empty places of one kind in one group."""
    n = vacancy.count
    place = w.plural(
        n,
        "lay partner place" if vacancy.is_lay else "place for professionals",
        "lay partner places" if vacancy.is_lay else "places for professionals",
    )
    have = "has" if n == 1 else "have"
    message = (
        f"{n} {place} in {group.name} {have} been empty since {w.day(vacancy.since)} "
        f"(last to leave: {vacancy.last_leaver})."
    )
    if vacancy.is_lay:
        action = (
            f"Recruit {w.more(n, 0)} to take {w.plural(n, 'the place', 'the places')}; "
            "keep recruiting so leavers are always replaced."
        )
    else:
        action = (
            f"Ask partner organisations to nominate {w.words(n)} "
            f"{w.plural(n, 'person', 'people')} to take {w.plural(n, 'the place', 'the places')}."
        )
    return about(group, "vacancy_unfilled", Severity.WARNING, message, action)
