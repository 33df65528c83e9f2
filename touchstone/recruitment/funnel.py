"""The recruitment funnel of a programme: how many reach each step, and why people leave.

A candidate counts at every step up to the furthest they reached, read from their stage
history, so someone who withdrew after the workshop still counts as having attended.
Counts under 5 are hidden from anyone but programme managers.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from touchstone.accounts import access

from .choices import FUNNEL, Stage, WithdrawalReason
from .models import Candidate, StageChange
from .selectors import suppress

STEP_OF = {stage: index for index, stages in enumerate(FUNNEL) for stage in stages}
STEP_OF[Stage.TERM_ENDED] = len(FUNNEL) - 1  # a term ends only after being active
STEP_LABELS = ("Nominated or applied", *(Stage(stages[0]).label for stages in FUNNEL[1:]))
QUARTER_MONTHS = ("January to March", "April to June", "July to September", "October to December")


@dataclass(frozen=True)
class Step:
    label: str
    count: int | None  # None when suppressed
    conversion: int | None  # percent of the step before reaching this one


@dataclass(frozen=True)
class Funnel:
    steps: tuple[Step, ...]
    reasons: tuple[str, ...]  # withdrawal reason labels, in column order
    withdrawals: tuple[tuple[str, tuple[int | None, ...]], ...]  # (quarter, counts)
    sensitive: bool
    summary: str


def _furthest_steps(programme) -> list[int]:
    """Return, for each candidate, the index of the furthest funnel step they reached."""
    furthest: dict[int, int] = {}
    current = Candidate.objects.filter(programme=programme).values_list("pk", "stage")
    history = StageChange.objects.filter(candidate__programme=programme).values_list(
        "candidate_id", "to_stage"
    )
    for pk, stage in (*current, *history):
        if stage in STEP_OF:
            furthest[pk] = max(furthest.get(pk, -1), STEP_OF[stage])
        else:
            furthest.setdefault(pk, -1)
    return [step for step in furthest.values() if step >= 0]


def _percent(count: int | None, before: int | None) -> int | None:
    return None if not before or count is None else round(100 * count / before)


def _quarter(moment) -> tuple[int, int]:
    return moment.year, (moment.month - 1) // 3


def _summary(steps: tuple[Step, ...]) -> str:
    first, last = steps[0], steps[-1]
    if first.count is None:
        return "Fewer than 5 people have applied or been nominated, so the figures are hidden."
    if not first.count:
        return "Nobody has applied or been nominated yet."
    text = (
        "1 person applied or was nominated."
        if first.count == 1
        else f"{first.count} people applied or were nominated."
    )
    if last.count is not None:
        share = _percent(last.count, first.count)
        text += f" {last.count} of them became active lay partners ({share}%)."
    drops = [
        (step.conversion, before.label, step.label)
        for before, step in pairwise(steps)
        if step.conversion is not None
    ]
    if drops:
        conversion, before, after = min(drops)
        text += (
            f" The biggest drop is from '{before.lower()}' to '{after.lower()}': "
            f"{conversion}% went on."
        )
    return text


def funnel_for(*, actor, programme) -> Funnel:
    """Return the funnel and withdrawals of a programme, suppressed for non-managers."""
    access.require(actor, "view_people", programme)
    sensitive = access.can(actor, "view_sensitive", programme)
    furthest = _furthest_steps(programme)
    raw = [sum(1 for step in furthest if step >= index) for index in range(len(FUNNEL))]
    shown = [suppress(count, sensitive=sensitive) for count in raw]
    steps = tuple(
        Step(
            label=label,
            count=count,
            conversion=_percent(count, shown[index - 1]) if index else None,
        )
        for index, (label, count) in enumerate(zip(STEP_LABELS, shown, strict=True))
    )
    by_quarter: dict[tuple[int, int], Counter] = defaultdict(Counter)
    withdrawals = StageChange.objects.filter(
        candidate__programme=programme, to_stage=Stage.WITHDRAWN
    ).values_list("at", "reason")
    for at, reason in withdrawals:
        by_quarter[_quarter(at)][reason or WithdrawalReason.OTHER] += 1
    rows = tuple(
        (
            f"{QUARTER_MONTHS[quarter]} {year}",
            tuple(
                suppress(by_quarter[year, quarter][reason], sensitive=sensitive)
                for reason in WithdrawalReason.values
            ),
        )
        for year, quarter in sorted(by_quarter)
    )
    return Funnel(
        steps=steps,
        reasons=tuple(WithdrawalReason.labels),
        withdrawals=rows,
        sensitive=sensitive,
        summary=_summary(steps),
    )
