"""A selection run as a record anyone can check: ids, answers, quotas, lottery, seed.

No names or contact details: the record can be published, so that a volunteer who was
not chosen, or an observer, can repeat the draw from the lottery and the seed and see
that it gives the same panel.
"""

from engines.selection import Lottery, draw

from .models import SelectionRun

HOW_TO_CHECK = (
    "Rebuild the lottery from 'lottery' (types, panels, weights, seated) and call "
    "engines.selection.draw(lottery, seed) from Touchstone's open-source engine: it gives "
    "'panel' and 'reserves'. Each person's chance is in 'probabilities'."
)


def run_record(run: SelectionRun) -> dict:
    """Return everything needed to check a finished run, keyed by candidate id only."""
    return {
        "selection": run.pk,
        "engine_version": run.engine_version,
        "seed": run.seed,
        "panel_size": run.k,
        "features": run.features,
        "quotas": run.quotas,
        "one_per_household": run.one_per_household,
        "pool": [{"id": row["id"], "features": row["features"]} for row in run.pool],
        "seated": run.seated,
        "lottery": run.lottery,
        "probabilities": run.probabilities,
        "panel": run.panel,
        "reserves": run.reserves,
        "how_to_check": HOW_TO_CHECK,
    }


def redraw(record: dict):
    """Repeat a recorded draw from its lottery and seed, as anyone checking it would."""
    lottery = record["lottery"]
    rebuilt = Lottery(
        types=tuple(tuple(members) for members in lottery["types"]),
        panels=tuple(tuple(panel) for panel in lottery["panels"]),
        weights=tuple(lottery["weights"]),
        probabilities=record["probabilities"],
        seated=tuple(lottery["seated"]),
        k=record["panel_size"],
    )
    return draw(rebuilt, record["seed"])
