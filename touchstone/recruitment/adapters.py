"""The one place Touchstone talks to the selection engine.

The engine is pure Python and knows nothing of candidates: it takes frozen volunteers
and quotas and raises SelectionError. Here a run's stored snapshot becomes engine input,
and the engine's message becomes a ServiceError that pages show as it is.
"""

import inspect
from collections.abc import Callable

import numpy as np

from engines.selection import (
    Quota,
    Replacement,
    Selection,
    SelectionError,
    Volunteer,
    leximin,
    replacement,
    select,
)
from engines.selection.infeasible import explain
from engines.selection.pricing import Pricer
from engines.selection.problem import prepare
from touchstone.core.errors import ServiceError

from .demographics import LABELS

# Stored with every run, so anyone repeating a draw knows which method made it.
ENGINE_VERSION = "leximin-1"


def _named(feature: str) -> str:
    """Name a feature in words ("age", not "age_band"), so the engine's messages read well."""
    return LABELS.get(feature, feature).lower()


def volunteers_from(pool: list[dict]) -> list[Volunteer]:
    """Turn a run's pool snapshot into the engine's volunteers."""
    return [
        Volunteer(
            id=str(row["id"]),
            features={_named(f): value for f, value in row["features"].items()},
            household=row.get("household") or None,
        )
        for row in pool
    ]


def quotas_from(quotas: list[dict]) -> list[Quota]:
    """Turn a run's stored quotas into the engine's quotas."""
    return [
        Quota(_named(q["feature"]), q["value"], int(q["minimum"]), int(q["maximum"]))
        for q in quotas
    ]


def check(
    *, pool: list[dict], quotas: list[dict], k: int, seated=(), one_per_household=False
) -> None:
    """Raise ServiceError now if the engine could never select from this input.

    Runs happen in the background; checking first means bad input is refused on the
    form, with nothing stored, instead of failing minutes later.
    """
    try:
        problem = prepare(
            volunteers_from(pool),
            quotas_from(quotas),
            k,
            seated=[str(i) for i in seated],
            one_per_household=one_per_household,
        )
        if problem.k and Pricer(problem).best(np.zeros(len(problem.types))) is None:
            raise SelectionError(explain(problem))
    except SelectionError as error:
        raise ServiceError(str(error)) from error


def accepts_progress() -> bool:
    """Say whether this engine version can report its progress as it works."""
    return any("progress" in inspect.signature(f).parameters for f in (select, leximin))


def run_engine(run, *, progress: Callable[..., None] | None = None) -> Selection:
    """Select a panel for a stored run, with its seed; raise ServiceError on bad input."""
    options = {}
    if progress is not None and accepts_progress():
        options["progress"] = progress
    try:
        return select(
            volunteers_from(run.pool),
            quotas_from(run.quotas),
            run.k,
            run.seed,
            seated=[str(i) for i in run.seated],
            one_per_household=run.one_per_household,
            **options,
        )
    except SelectionError as error:
        raise ServiceError(str(error)) from error


def replacement_for(run, *, panel: list[str], leaving: str, unavailable) -> Replacement:
    """Return the first reserve, in the run's order, who can take `leaving`'s seat and keep
    every quota (and one per household), or why nobody can."""
    selection = Selection(
        panel=tuple(panel),
        reserves=tuple(run.reserves),
        probabilities=run.probabilities,
        seed=run.seed,
        panel_index=run.lottery.get("panel_index", 0),
        lottery=None,
    )
    try:
        return replacement(
            selection,
            quotas_from(run.quotas),
            leaving,
            volunteers_from(run.pool),
            unavailable=[str(i) for i in unavailable],
            one_per_household=run.one_per_household,
        )
    except SelectionError as error:
        raise ServiceError(str(error)) from error


def lottery_record(selection: Selection) -> dict:
    """Return the lottery as JSON with ids only, so it can be published without names."""
    lottery = selection.lottery
    return {
        "types": [list(members) for members in lottery.types],
        "panels": [list(panel) for panel in lottery.panels],
        "weights": list(lottery.weights),
        "seated": list(lottery.seated),
        "panel_index": selection.panel_index,
    }
