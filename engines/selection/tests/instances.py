"""Load the public instances from the shared data folder, failing loudly if it is missing.

The instances are GPL-licensed and kept out of the repository on purpose, so the tests
read them where they are; a missing folder is a broken checkout, not a reason to skip.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from engines.selection import Quota, Volunteer
from engines.selection.files import read_pool, read_quotas

DATA = Path(os.environ.get("SORTITION_DATA", "/work/shared/data/sortition"))


@dataclass(frozen=True)
class Instance:
    name: str
    quotas_path: Path
    pool_path: Path
    quotas: list[Quota]
    pool: list[Volunteer]
    k: int
    reference: list[float]  # sorted LEXIMIN probabilities


def folder(name: str) -> Path:
    """Return the instance's folder, or fail the test saying where it was expected."""
    path = DATA / name
    if not path.is_dir():
        pytest.fail(
            f"The sortition instances are missing: expected {path}. Set SORTITION_DATA to the "
            "folder holding example_small_20/ and sf_fixture_150/.",
            pytrace=False,
        )
    return path


def example_small_20() -> Instance:
    """Return the paper's synthetic example: 200 people, panel of 20."""
    base = folder("example_small_20")
    quotas = read_quotas(base / "categories.csv")
    pool = read_pool(base / "respondents.csv", list(dict.fromkeys(q.feature for q in quotas)))
    with (base / "leximin_reference_probabilities.csv").open(encoding="utf-8") as handle:
        reference = sorted(
            float(row["selection probability"])
            for row in csv.DictReader(handle)
            if row["algorithm"] == "LexiMin"
        )
    return Instance(
        "example_small_20",
        base / "categories.csv",
        base / "respondents.csv",
        quotas,
        pool,
        20,
        reference,
    )


def sf_fixture_150() -> Instance:
    """Return the Sortition Foundation's fixture: 150 people, panel of 22."""
    base = folder("sf_fixture_150")
    quotas = read_quotas(base / "features.csv")
    pool = read_pool(base / "candidates.csv", list(dict.fromkeys(q.feature for q in quotas)))
    with (base / "leximin_reference_probabilities.csv").open(encoding="utf-8") as handle:
        reference = sorted(float(row["selection probability"]) for row in csv.DictReader(handle))
    return Instance(
        "sf_fixture_150",
        base / "features.csv",
        base / "candidates.csv",
        quotas,
        pool,
        22,
        reference,
    )
