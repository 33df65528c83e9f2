"""Who can be selected: the candidates in the pool, with their answers, as the engine needs.

Only people who answered every counted question can be selected fairly against quotas
on those questions; the others are left out and counted by reason, so the manager can
see who is missing and why ("Prefer not to say" is an answer, so those people stay in).
"""

from collections import Counter
from dataclasses import dataclass, field

from touchstone.accounts import access

from .choices import Stage
from .demographics import LABELS
from .models import Candidate


@dataclass
class Pool:
    """The snapshot a run stores, and why anyone was left out of it."""

    rows: list[dict] = field(default_factory=list)
    excluded: Counter = field(default_factory=Counter)  # {reason: count}
    counts: dict[str, Counter] = field(default_factory=dict)  # {feature: {value: count}}

    @property
    def size(self) -> int:
        return len(self.rows)

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())


def snapshot_row(candidate: Candidate, answers: dict, features) -> dict:
    """Return one person as a run stores them: id, counted answers and household."""
    return {
        "id": str(candidate.pk),
        "features": {f: answers[f] for f in features},
        "household": candidate.household,
    }


def pool_build(candidates, features, *, extra_rows=()) -> Pool:
    """Build the pool from candidates, leaving out those missing a counted answer."""
    pool = Pool(rows=list(extra_rows), counts={f: Counter() for f in features})
    for row in pool.rows:
        for feature in features:
            pool.counts[feature][row["features"][feature]] += 1
    for candidate in candidates.select_related("demographics"):
        demographics = getattr(candidate, "demographics", None)
        answers = demographics.answers if demographics else {}
        if not answers:
            pool.excluded["gave no answers to the demographic questions"] += 1
            continue
        missing = [f for f in features if not answers.get(f)]
        if missing:
            pool.excluded[f"did not answer the question on {LABELS[missing[0]].lower()}"] += 1
            continue
        pool.rows.append(snapshot_row(candidate, answers, features))
        for feature in features:
            pool.counts[feature][answers[feature]] += 1
    return pool


def pool_for(*, actor, programme, role_profile=None, features) -> Pool:
    """Return the candidates in the pool (for one role, if given); managers only."""
    access.require(actor, "view_sensitive", programme)
    candidates = Candidate.objects.filter(programme=programme, stage=Stage.IN_POOL)
    if role_profile is not None:
        candidates = candidates.filter(role_profile=role_profile)
    return pool_build(candidates.order_by("pk"), features)
