"""How far a group, or the pool, reflects the local population, answer by answer.

Only counts leave this module, never anyone's answers. For viewers without the
view_sensitive ability every count under 5 is hidden, and where hiding one count
could be undone by subtraction from the total, the next smallest is hidden too.
"""

from collections import Counter
from dataclasses import dataclass

from touchstone.accounts import access
from touchstone.people.models import Membership, PersonKind
from touchstone.programmes.selectors import active_q, seated_q

from .bar_chart import paired_bars_svg
from .choices import Stage
from .demographics import BY_KEY, LABELS, options_for
from .models import Candidate, PopulationProfile
from .selectors import suppress
from .services import areas_of

UNDER = 0.8  # a share below 80% of the population's is under-represented


@dataclass(frozen=True)
class ValueRow:
    value: str
    count: int | None  # None: hidden, fewer than 5
    share: float | None
    population: float | None
    under: bool


@dataclass(frozen=True)
class FeatureReport:
    feature: str
    label: str
    answered: int
    rows: tuple[ValueRow, ...]
    chart: str


def _answers_of_group(group) -> list[dict]:
    seats = Membership.objects.filter(
        active_q(), seated_q(), group=group, person__kind=PersonKind.LAY_PARTNER
    )
    rows = Candidate.objects.filter(
        programme=group.programme, person__in=seats.values("person"), demographics__isnull=False
    ).values_list("person_id", "demographics__answers")
    return list(dict(rows.order_by("pk")).values())  # one (the latest) candidacy per person


def _answers_of_pool(programme) -> list[dict]:
    return list(
        Candidate.objects.filter(
            programme=programme, stage=Stage.IN_POOL, demographics__isnull=False
        ).values_list("demographics__answers", flat=True)
    )


def _hide_small(counts: dict[str, int], sensitive: bool) -> dict[str, int | None]:
    shown = {value: suppress(n, sensitive=sensitive) for value, n in counts.items()}
    hidden = [v for v, n in shown.items() if n is None]
    if len(hidden) == 1:
        others = sorted((n, v) for v, n in shown.items() if n)
        if others:
            shown[others[0][1]] = None
    return shown


def _feature(feature, answers, shares, areas, sensitive, who: str) -> FeatureReport:
    counts = Counter(a[feature] for a in answers if a.get(feature))
    answered = sum(counts.values())
    offered = options_for(feature, areas)
    values = [*offered, *sorted(set(counts) - set(offered))]
    shown = _hide_small({v: counts.get(v, 0) for v in values}, sensitive)
    rows = []
    for value in values:
        population = shares.get(value)
        true_share = counts.get(value, 0) / answered if answered else None
        # Flag only where the group would be expected to hold at least one such person.
        expected = (population or 0) * answered
        under = bool(expected >= 1 and true_share < UNDER * population)
        share = None if shown[value] is None else true_share
        rows.append(ValueRow(value, shown[value], share, population, under))
    label = LABELS.get(feature, feature)
    chart = paired_bars_svg(
        [(r.value, r.share, r.population) for r in rows],
        title=f"{label}: {who.lower()} against the local population",
        ours=who,
        theirs="Local population",
    )
    return FeatureReport(feature, label, answered, tuple(rows), chart)


def representation_for(*, actor, programme, group=None) -> tuple[int, list[FeatureReport]]:
    """Return how many people answered, and the make-up of the group (or the pool)."""
    access.require(actor, "view_people", programme)
    sensitive = access.can(actor, "view_sensitive", programme)
    answers = _answers_of_group(group) if group is not None else _answers_of_pool(programme)
    profile = PopulationProfile.objects.filter(programme=programme).first()
    shares = profile.shares if profile else {}
    features = [f for f in BY_KEY if f in shares] or [f for f in BY_KEY if f != "area"]
    areas = areas_of(programme)
    who = "This group" if group is not None else "The pool"
    reports = [
        _feature(feature, answers, shares.get(feature, {}), areas, sensitive, who)
        for feature in features
    ]
    return len(answers), reports
