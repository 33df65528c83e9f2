"""Reserves who can take a seat without breaking a quota, and the order they are kept in.

When someone leaves a panel, the first reserve in order whose arrival keeps every quota
met takes the seat. The order itself is built so that this happens early: starting from
the weighted random order of the draw (higher chances first, reproducible from the
seed), each next reserve is the earliest one in that order who could replace a panel
member that no reserve placed so far can replace; once every member has such a reserve
(or nobody left can help), the rest follow in the random order. So each member's first
possible replacement comes as early as the random order allows, and no reserve is moved
ahead of another for any reason but covering a member nobody else covers yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .errors import SelectionError
from .model import Quota, Selection, Volunteer
from .problem import counted


@dataclass(frozen=True)
class Replacement:
    """Who takes the seat of someone leaving the panel, or why nobody can."""

    leaving: str
    reserve: str | None  # None when no reserve keeps every quota met
    position: int | None  # the reserve's place in the reserve order, from 1
    passed_over: tuple[str, ...]  # earlier reserves who would break a quota (or a household)
    explanation: str

    @property
    def found(self) -> bool:
        return self.reserve is not None


class _Counts:
    """Each person's membership of each quota, as rows of 0s and 1s."""

    def __init__(self, quotas: Sequence[Quota], people: dict[str, Volunteer]) -> None:
        self.quotas = list(quotas)
        self.people = people
        self.low = np.array([q.minimum for q in quotas])
        self.high = np.array([q.maximum for q in quotas])

    def row(self, person: str) -> np.ndarray:
        values = self.people[person].features
        return np.array([values.get(q.feature) == q.value for q in self.quotas], dtype=int)

    def rows(self, people: Sequence[str]) -> np.ndarray:
        return np.array([self.row(p) for p in people], dtype=int).reshape(len(people), -1)


def quota_aware_order(
    panel: Sequence[str], order: Sequence[str], quotas: Sequence[Quota], pool: Sequence[Volunteer]
) -> list[str]:
    """Reorder reserves so each panel member's first possible replacement comes early."""
    counts = _Counts(quotas, {p.id: p for p in pool})
    members, reserves = counts.rows(panel), counts.rows(order)
    total = members.sum(axis=0)
    # fits[r, m]: reserve r can take member m's seat with every quota still met.
    fits = np.ones((len(order), len(panel)), dtype=bool)
    for q in range(len(counts.quotas)):
        after = total[q] - members[None, :, q] + reserves[:, q, None]
        fits &= (after >= counts.low[q]) & (after <= counts.high[q])
    uncovered = np.ones(len(panel), dtype=bool)
    placed = np.zeros(len(order), dtype=bool)
    result: list[str] = []
    while uncovered.any():
        helpful = np.flatnonzero(~placed & (fits[:, uncovered].any(axis=1)))
        if not len(helpful):
            break
        r = int(helpful[0])
        placed[r] = True
        uncovered &= ~fits[r]
        result.append(order[r])
    result.extend(person for person, done in zip(order, placed, strict=True) if not done)
    return result


def replacement(
    selection: Selection,
    quotas: Sequence[Quota],
    leaving: str,
    pool: Sequence[Volunteer],
    *,
    unavailable: Sequence[str] = (),
    features: Sequence[str] | None = None,
    one_per_household: bool = False,
) -> Replacement:
    """Return the first reserve in order who can take `leaving`'s seat keeping every quota.

    `unavailable` reserves (already asked and declined, say) are skipped. When nobody
    fits, the Replacement names no reserve and its explanation says which quotas would
    break, so the quotas or the reserve list can be changed; this is an answer, not an
    error. Input that cannot be used (someone not on the panel, people missing from the
    pool, an unknown feature) raises SelectionError. With `one_per_household`, reserves
    sharing a household with someone staying on the panel are passed over too.
    """
    if leaving not in selection.panel:
        raise SelectionError(f"{leaving} is not on the panel, so there is no seat to fill.")
    quotas = counted(quotas, features)
    people = {p.id: p for p in pool}
    missing = [p for p in (*selection.panel, *selection.reserves) if p not in people]
    if missing:
        raise SelectionError(f"These people are not in the pool given: {', '.join(missing[:5])}.")
    counts = _Counts(quotas, people)
    staying = [p for p in selection.panel if p != leaving]
    base = counts.rows(staying).sum(axis=0) if staying else np.zeros(len(quotas), dtype=int)
    homes = {people[p].household for p in staying if people[p].household}
    skip = set(unavailable)
    passed: list[str] = []
    blocked: dict[int, int] = {}
    shared = 0
    for position, person in enumerate(selection.reserves, start=1):
        if person in skip:
            continue
        if one_per_household and people[person].household in homes:
            shared += 1
            passed.append(person)
            continue
        after = base + counts.row(person)
        broken = np.flatnonzero((after < counts.low) | (after > counts.high))
        if not len(broken):
            return Replacement(
                leaving,
                person,
                position,
                tuple(passed),
                f"{person} (reserve {position}) takes the seat of {leaving}; every quota is "
                "still met."
                + (f" {len(passed)} earlier reserves were passed over." if passed else ""),
            )
        passed.append(person)
        for q in broken:
            blocked[int(q)] = blocked.get(int(q), 0) + 1
    return Replacement(
        leaving, None, None, tuple(passed), _why(quotas, base, blocked, shared, leaving)
    )


def _why(
    quotas: Sequence[Quota], base: np.ndarray, blocked: dict[int, int], shared: int, leaving: str
) -> str:
    """Say, in plain English, which quotas every remaining reserve would break."""
    if not blocked and not shared:
        return "No reserve is left to take the seat: draw more reserves or recruit more people."
    reasons = []
    for q, times in sorted(blocked.items(), key=lambda item: -item[1]):
        quota = quotas[q]
        name = f"{quota.feature} '{quota.value}'"
        if base[q] < quota.minimum:
            need = (
                f"needs at least {quota.minimum} but has {base[q]} once {leaving} leaves, "
                "and no one with it fits"
            )
        else:
            need = f"allows at most {quota.maximum} and already has {base[q]}"
        reasons.append(f"{name} {need} ({times} reserve{'s' if times > 1 else ''})")
    if shared:
        reasons.append(
            f"{shared} reserve{'s share' if shared > 1 else ' shares'} a household "
            "with someone on the panel"
        )
    return (
        "No reserve can take the seat with every quota still met: "
        + "; ".join(reasons)
        + ". Recruit reserves with the missing values, or relax these quotas."
    )
