"""Two readings: deep (with the sentence encoder) for ordinary runs, fast for national ones."""

import numpy as np
import pytest

from engines.themes import ThemesError, encoder, load, pipeline
from engines.themes.cli import main
from engines.themes.model import train

from .conftest import DATA, read_csv, subset


def _classify(model, capsys, *extra):
    argv = ["classify", str(DATA / "comments.csv"), "--text-column", "comment"]
    status = main([*argv, "--model", str(model), *extra])
    return status, capsys.readouterr()


def test_a_model_trained_with_the_encoder_has_both_readings_and_they_read_differently(deep_model):
    model = load(deep_model)
    assert model.reads_deeply
    assert "reading" in dict(model.deep.vectoriser.transformer_list)
    assert "reading" not in dict(model.vectoriser.transformer_list)
    texts = ["The food was cold", "Staff were lovely", "They sent me home before I was ready"]
    deep = model.predict(texts, deep=True)
    fast = model.predict(texts)
    assert deep.labels.shape == fast.labels.shape == (3, len(model.framework.themes))
    deep_scores = model.deep.themes.scores(model.deep.vectoriser.transform(texts))
    fast_scores = model.themes.scores(model.vectoriser.transform(texts))
    assert not np.allclose(deep_scores, fast_scores, atol=1e-3)


def test_small_files_are_read_deeply_and_big_ones_fast(deep_model, capsys, monkeypatch):
    status, out = _classify(deep_model, capsys)
    assert status == 0 and out.err.rstrip().endswith("deep reading.")
    deep_rows = read_csv(out.out)
    monkeypatch.setattr(pipeline, "DEEP_LIMIT", 5)
    monkeypatch.setattr("engines.themes.cli.DEEP_LIMIT", 5)
    status, out = _classify(deep_model, capsys)
    assert status == 0 and out.err.rstrip().endswith("fast reading.")
    assert [row["id"] for row in read_csv(out.out)] == [row["id"] for row in deep_rows]


def test_the_reading_can_be_chosen(deep_model, capsys):
    assert (
        _classify(deep_model, capsys, "--reading", "fast")[1].err.rstrip().endswith("fast reading.")
    )
    assert (
        _classify(deep_model, capsys, "--reading", "deep")[1].err.rstrip().endswith("deep reading.")
    )


def test_without_the_encoder_the_model_is_fast_only_and_deep_is_refused_plainly(
    nhs, saved_model, capsys, monkeypatch
):
    monkeypatch.setattr(encoder, "installed", lambda: False)
    model = train(subset(nhs, 300), min_examples=0, tune=False)
    assert model.deep is None and not model.reads_deeply
    status, out = _classify(saved_model, capsys, "--reading", "deep")
    assert status == 2
    assert "has no deep reading" in out.err and "--reading fast" in out.err
    status, out = _classify(saved_model, capsys)
    assert status == 0 and out.err.rstrip().endswith("fast reading.")


def test_an_unknown_reading_is_refused():
    with pytest.raises(ValueError, match="auto, fast, deep"):
        pipeline.wants_deep("thorough", 10)
    assert pipeline.wants_deep("auto", pipeline.DEEP_LIMIT)
    assert not pipeline.wants_deep("auto", pipeline.DEEP_LIMIT + 1)
    assert not pipeline.wants_deep("fast", 1)


def test_a_model_saved_with_a_deep_reading_says_so(deep_model):
    import json

    facts = json.loads(deep_model.with_suffix(".json").read_text())
    assert facts["deep_reading"] is True


def test_evaluate_scores_the_deep_reading_unless_asked_for_the_fast_one(
    deep_model, tmp_path, capsys
):
    from .test_cli import _nhs_rows_left_out_of_the_small_model

    held_out = _nhs_rows_left_out_of_the_small_model(tmp_path, 100)
    assert main(["evaluate", str(held_out), "--model", str(deep_model)]) == 0
    assert "scored by the deep reading" in capsys.readouterr().out
    assert main(["evaluate", str(held_out), "--model", str(deep_model), "--reading", "fast"]) == 0
    assert "scored by the fast reading" in capsys.readouterr().out


def test_a_deep_model_file_without_its_encoder_falls_back_to_the_fast_reading(
    deep_model, monkeypatch
):
    model = load(deep_model)
    monkeypatch.setattr(encoder, "installed", lambda: False)
    assert not model.reads_deeply
    texts = ["Lovely staff", "The food was cold"]
    asked_deep, fast = model.predict(texts, deep=True), model.predict(texts)
    assert (asked_deep.labels == fast.labels).all()
    assert (asked_deep.sentiment3 == fast.sentiment3).all()
    stream = pipeline.StreamingClassifier(model, deep=True)
    assert stream.deep is False


def test_train_raises_for_too_few_examples_before_any_encoding(nhs, monkeypatch):
    monkeypatch.setattr(encoder, "read", lambda texts: pytest.fail("encoded"))
    with pytest.raises(ThemesError, match="training needs at least"):
        train(subset(nhs, 4))
