"""Models are saved with what made them and refused when this code cannot trust them."""

import csv
import json

import numpy as np
import pytest

from engines.themes import ThemesError, load, save, storage
from engines.themes.framework import NHS_TRAINING


def test_a_saved_model_loads_and_gives_the_same_answers(small_model, saved_model, nhs):
    loaded = load(saved_model)
    texts = nhs.texts[:50]
    assert (loaded.predict(texts).labels == small_model.predict(texts).labels).all()
    assert loaded.data_hash == small_model.data_hash


def test_a_model_from_another_scikit_learn_version_is_refused_with_how_to_retrain(
    small_model, tmp_path
):
    path = save(small_model, tmp_path / "old.joblib")
    about = path.with_suffix(".json")
    facts = json.loads(about.read_text())
    facts["scikit-learn"] = "0.24.2"
    about.write_text(json.dumps(facts))
    with pytest.raises(ThemesError, match=r"scikit-learn 0\.24\.2.*Retrain with: python -m"):
        load(path)


def test_a_missing_model_says_how_to_train_one(tmp_path):
    with pytest.raises(ThemesError, match=r"no saved model.*Train one with"):
        load(tmp_path / "nothing.joblib")


@pytest.fixture
def small_nhs_file(tmp_path, monkeypatch):
    """An NHS-layout training file of 400 rows, standing in for the real one."""
    with NHS_TRAINING.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    path = tmp_path / "train.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows[:401])
    monkeypatch.setattr(storage, "NHS_TRAINING", path)
    monkeypatch.setenv(storage.CACHE_VARIABLE, str(tmp_path / "cache"))
    return path


def test_the_default_model_is_trained_on_first_use_and_says_so(small_nhs_file, capsys):
    model = storage.default_model()
    assert "Training the NHS theme model" in capsys.readouterr().err
    assert storage.default_path().is_file()
    again = storage.default_model()
    assert capsys.readouterr().err == ""
    assert np.array_equal(again.themes.thresholds, model.themes.thresholds)


def test_the_default_model_is_retrained_when_its_training_data_changes(small_nhs_file, capsys):
    storage.default_model()
    capsys.readouterr()
    with small_nhs_file.open("a", encoding="utf-8") as handle:
        handle.write("extra,,,,,,,,A new comment about parking,,1\n")
    storage.default_model()
    assert "training data has changed" in capsys.readouterr().err
