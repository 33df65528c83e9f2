"""Shared fixtures: a model trained quickly on part of the NHS data, and small CSV files."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from engines.themes import Examples, read_nhs, save, train

HERE = Path(__file__).parent
DATA = HERE / "data"
SUBSET = 1_500


def subset(examples: Examples, count: int) -> Examples:
    """Return every n-th example so that count of them keep the mix of the whole file."""
    return examples.rows(np.linspace(0, len(examples.texts) - 1, count).astype(int))


def held_out(examples: Examples, count: int) -> Examples:
    """Return examples that subset(examples, SUBSET) leaves out, for scoring a small model."""
    used = set(np.linspace(0, len(examples.texts) - 1, SUBSET).astype(int).tolist())
    return examples.rows(
        np.array([i for i in range(len(examples.texts)) if i not in used][::3][:count])
    )


@pytest.fixture(scope="session")
def nhs() -> Examples:
    return read_nhs()


@pytest.fixture(scope="session")
def small_model(nhs):
    """A model trained on a slice of the NHS data: quick, and good enough to test with."""
    return train(subset(nhs, SUBSET), min_examples=1, tune=False, deep=False)


@pytest.fixture(scope="session")
def saved_model(small_model, tmp_path_factory) -> Path:
    return save(small_model, tmp_path_factory.mktemp("models") / "small.joblib")


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(text.splitlines()))


@pytest.fixture(scope="session")
def deep_model(nhs, tmp_path_factory) -> Path:
    """A model with both readings, trained on a small slice and saved: quick to test with."""
    model = train(subset(nhs, 600), min_examples=0, tune=False, deep=True)
    return save(model, tmp_path_factory.mktemp("models") / "deep.joblib")
