"""A tiny theme model stands in for the NHS one, so the suite never trains for a minute."""

import numpy as np
import pytest

from engines.themes import Examples, Framework, train
from touchstone.insight import adapters

THEMES = ("Waiting", "Staff attitude", "Parking")
# (text, themes, sentiment 1 very positive .. 5 very negative)
LABELLED = [
    ("I waited three hours in the waiting room", ["Waiting"], 5),
    ("The wait for an appointment was far too long", ["Waiting"], 4),
    ("Long wait to be seen, hours of waiting", ["Waiting"], 4),
    ("Waiting times are too long and nobody told us", ["Waiting"], 5),
    ("Seen quickly with hardly any wait at all", ["Waiting"], 1),
    ("No waiting, the appointment was on time", ["Waiting"], 2),
    ("The staff were kind and friendly", ["Staff attitude"], 1),
    ("Friendly staff who listened and were kind", ["Staff attitude"], 1),
    ("Rude staff at reception, not friendly at all", ["Staff attitude"], 5),
    ("The nurse was kind and caring, lovely staff", ["Staff attitude"], 2),
    ("Staff were rude and did not listen", ["Staff attitude"], 4),
    ("Caring staff, kind nurse", ["Staff attitude"], 1),
    ("Nowhere to park, the car park was full", ["Parking"], 4),
    ("Parking is expensive and the car park is small", ["Parking"], 5),
    ("Easy parking in the car park", ["Parking"], 2),
    ("Car park full again, no parking spaces", ["Parking"], 4),
    ("Free parking and plenty of spaces in the car park", ["Parking"], 1),
    ("Parking was fine", ["Parking"], 3),
    ("The letter came on time", [], 3),
    ("It was an ordinary visit, nothing to say", [], 3),
    ("Nothing to say about the visit", [], 3),
    ("The letter was ordinary", [], 3),
]


def tiny_examples() -> Examples:
    labels = np.array(
        [[int(theme in themes) for theme in THEMES] for _, themes, _ in LABELLED], dtype=np.int8
    )
    sentiment = np.array([level for _, _, level in LABELLED], dtype=np.int8)
    framework = Framework.from_columns("Tiny test framework", list(THEMES))
    return Examples(framework, [text for text, _, _ in LABELLED], labels, sentiment)


@pytest.fixture(scope="session")
def tiny_model():
    return train(tiny_examples(), min_examples=1)


@pytest.fixture(autouse=True)
def tiny_engines(monkeypatch, tiny_model, tmp_path, settings):
    """Use the tiny model and examples, a model cache and private files in tmp_path."""
    monkeypatch.setattr(adapters, "base_model", lambda: tiny_model)
    monkeypatch.setattr(adapters, "base_examples", tiny_examples)
    monkeypatch.setenv("THEMES_MODEL_DIR", str(tmp_path / "models"))
    settings.MEDIA_ROOT = tmp_path / "media"
    return tiny_model
