"""Check the input and reduce the pool to types of interchangeable people.

People with the same value for every quota feature (and no household shared with anyone
else in the pool) are interchangeable: the optimum gives them equal chances, so the
solver works with one variable per type instead of one per person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import SelectionError
from .model import Quota, Volunteer


@dataclass(frozen=True)
class Problem:
    """The selection as the solver sees it: types, quota rows and the places left."""

    types: tuple[tuple[str, ...], ...]
    quotas: tuple[Quota, ...]  # bounds already reduced by the seated people
    given: tuple[Quota, ...]  # the quotas as the user gave them
    rows: tuple[tuple[int, ...], ...]  # for each quota, the types that count towards it
    households: tuple[tuple[int, ...], ...]  # types sharing a household: at most one of them
    k: int  # places left once the seated people are counted
    seated: tuple[str, ...]
    excluded: tuple[str, ...]  # household members of seated people: never selectable

    @property
    def sizes(self) -> tuple[int, ...]:
        return tuple(len(members) for members in self.types)


def prepare(
    pool: Sequence[Volunteer],
    quotas: Sequence[Quota],
    k: int,
    *,
    seated: Sequence[str] = (),
    one_per_household: bool = False,
) -> Problem:
    """Check everything that can be checked without a solver, then group people by type."""
    features = _check_quotas(quotas, k)
    _check_pool(pool, quotas, features, k)
    by_id = {person.id: person for person in pool}
    seated = tuple(seated)
    _check_seated(seated, by_id, k, one_per_household)
    reduced = _reduce(quotas, [by_id[i] for i in seated])
    seated_households = {by_id[i].household for i in seated if by_id[i].household}
    excluded, candidates = [], []
    for person in pool:
        if person.id in seated:
            continue
        if one_per_household and person.household in seated_households:
            excluded.append(person.id)
        else:
            candidates.append(person)
    shared = Counter(p.household for p in candidates if p.household) if one_per_household else {}
    groups: dict[tuple, list[str]] = defaultdict(list)
    for person in candidates:
        key: tuple = tuple(person.features[f] for f in features)
        if shared and shared.get(person.household, 0) > 1:
            key = (*key, "\0person", person.id)
        groups[key].append(person.id)
    keys = sorted(groups)
    types = tuple(tuple(sorted(groups[key])) for key in keys)
    index = {f: i for i, f in enumerate(features)}
    rows = tuple(
        tuple(t for t, key in enumerate(keys) if key[index[q.feature]] == q.value) for q in reduced
    )
    homes: dict[str, list[int]] = defaultdict(list)
    if shared:
        type_of = {members[0]: t for t, members in enumerate(types)}
        for person in candidates:
            if shared.get(person.household, 0) > 1:
                homes[person.household].append(type_of[person.id])
    return Problem(
        types=types,
        quotas=reduced,
        given=tuple(quotas),
        rows=rows,
        households=tuple(tuple(v) for _, v in sorted(homes.items())),
        k=k - len(seated),
        seated=seated,
        excluded=tuple(excluded),
    )


def counted(quotas: Sequence[Quota], features: Sequence[str] | None) -> list[Quota]:
    """Return the quotas of the named features only (all of them when features is None).

    A pool and its quota file may describe more features than one panel counts; the
    others' quotas, and people's values for them, are then ignored.
    """
    if features is None:
        return list(quotas)
    if isinstance(features, str):
        features = [features]
    known = list(dict.fromkeys(q.feature for q in quotas))
    unknown = [f for f in features if f not in known]
    if unknown:
        raise SelectionError(
            f"No quota names the feature{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(unknown)}: choose from {', '.join(known)}."
        )
    if not features:
        raise SelectionError(
            f"No features were chosen to count: choose at least one of {', '.join(known)}."
        )
    return [q for q in quotas if q.feature in set(features)]


def _check_quotas(quotas: Sequence[Quota], k: int) -> tuple[str, ...]:
    """Check the quotas on their own and return the features they name, in order."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise SelectionError(f"The panel size must be a whole number of at least 1, not {k!r}.")
    if not quotas:
        raise SelectionError("No quotas were given: give at least one feature with its values.")
    seen: set[tuple[str, str]] = set()
    for q in quotas:
        if (q.feature, q.value) in seen:
            raise SelectionError(f"The quota for {q.feature} '{q.value}' is given twice.")
        seen.add((q.feature, q.value))
        if q.minimum < 0 or q.maximum < q.minimum:
            raise SelectionError(
                f"The quota for {q.feature} '{q.value}' has minimum {q.minimum} and maximum "
                f"{q.maximum}: the minimum must be 0 or more and no larger than the maximum."
            )
    features = tuple(dict.fromkeys(q.feature for q in quotas))
    for feature in features:
        own = [q for q in quotas if q.feature == feature]
        low, high = sum(q.minimum for q in own), sum(q.maximum for q in own)
        if low > k:
            raise SelectionError(
                f"The minimums for {feature} add up to {low}, more than the panel of {k}: "
                f"lower them by {low - k} in total, or make the panel bigger."
            )
        if high < k:
            raise SelectionError(
                f"The maximums for {feature} add up to {high}, fewer than the panel of {k}: "
                f"raise them by {k - high} in total, or make the panel smaller."
            )
    return features


def _check_pool(
    pool: Sequence[Volunteer], quotas: Sequence[Quota], features: tuple[str, ...], k: int
) -> None:
    """Check ids, and that every person has a value for every feature that a quota names."""
    counts = Counter(person.id for person in pool)
    twice = sorted(i for i, n in counts.items() if n > 1)
    if twice:
        raise SelectionError(f"These ids appear more than once in the pool: {', '.join(twice)}.")
    if k > len(pool):
        raise SelectionError(
            f"The panel of {k} is larger than the pool of {len(pool)}: "
            "recruit more volunteers or make the panel smaller."
        )
    named = {(q.feature, q.value) for q in quotas}
    for feature in features:
        values: Counter[str] = Counter()
        for person in pool:
            if feature not in person.features:
                raise SelectionError(f"{person.id} has no value for {feature}.")
            values[person.features[feature]] += 1
        for value, n in sorted(values.items()):
            if (feature, value) not in named:
                raise SelectionError(
                    f"{n} {'person has' if n == 1 else 'people have'} {feature} '{value}', "
                    f"which no quota names: add a quota for it (minimum 0 if it does not "
                    "matter) or correct those people's answers."
                )


def _check_seated(seated: tuple[str, ...], by_id: dict, k: int, one_per_household: bool) -> None:
    """Check that the people who must stay are in the pool, fit the panel and each other."""
    missing = [i for i in seated if i not in by_id]
    if missing:
        raise SelectionError(f"Seated people not in the pool: {', '.join(missing)}.")
    if len(set(seated)) != len(seated):
        raise SelectionError("A seated person is listed twice.")
    if len(seated) > k:
        raise SelectionError(
            f"{len(seated)} people are already seated, more than the panel of {k}."
        )
    if one_per_household:
        homes = Counter(by_id[i].household for i in seated if by_id[i].household)
        if any(n > 1 for n in homes.values()):
            raise SelectionError("Two seated people share a household, against one per household.")


def _reduce(quotas: Sequence[Quota], seated: Sequence[Volunteer]) -> tuple[Quota, ...]:
    """Return the quotas for the places left, once the seated people are counted."""
    reduced = []
    for q in quotas:
        have = sum(1 for p in seated if p.features[q.feature] == q.value)
        if have > q.maximum:
            raise SelectionError(
                f"{have} seated people have {q.feature} '{q.value}', more than its maximum of "
                f"{q.maximum}: raise the maximum to {have} or more."
            )
        reduced.append(Quota(q.feature, q.value, max(0, q.minimum - have), q.maximum - have))
    return tuple(reduced)
