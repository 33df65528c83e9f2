"""Survey context (the rating given, the question answered) refines sentiment when known."""

import numpy as np
import pytest

from engines.themes import Examples, Framework, StreamingClassifier, read_own, save, train
from engines.themes.cli import main
from engines.themes.context import Context, rating

from .conftest import read_csv, write_csv

IMPROVE, GOOD = "How could we improve?", "What was good?"
NOTHING = ["Nothing", "Nothing at all", "nothing really", "Nothing to say", "Nothing, sorry"]


def _examples(with_context: bool = True) -> Examples:
    """'Nothing' is praise under 'How could we improve?' and a complaint under 'What was good?'."""
    rows = []  # text, staff, waiting, sentiment, rating, question
    for n in range(12):
        for text in NOTHING:
            rows.append((f"{text} {n}", 0, 0, 1, "Very good", IMPROVE))
            rows.append((f"{text} {n}", 0, 0, 5, "Very poor", GOOD))
        rows.append((f"The staff were kind and caring {n}", 1, 0, 1, "1", GOOD))
        rows.append((f"We waited hours for the ambulance {n}", 0, 1, 5, "5", IMPROVE))
    context = Context.read([r[4] for r in rows], [r[5] for r in rows])
    return Examples(
        Framework.from_columns("tiny", ["Staff", "Waiting"]),
        [r[0] for r in rows],
        np.array([[r[1], r[2]] for r in rows], dtype=np.int8),
        np.array([r[3] for r in rows], dtype=np.int8),
        context if with_context else None,
    )


@pytest.fixture(scope="module")
def model():
    return train(_examples(), min_examples=1, tune=False)


def test_ratings_in_words_and_in_numbers_read_alike():
    assert rating("Very good") == rating("1.0") == rating(" 1 ") == "1"
    assert rating("Very Poor") == "5" and rating("Don’t know") == "6"


def test_the_same_words_read_by_the_question_they_answer(model):
    context = Context.read(["Very good", "Very poor"], [IMPROVE, GOOD])
    predicted = model.predict(["Nothing", "Nothing"], context)
    assert predicted.sentiment3.tolist() == [0, 2]


def test_a_model_with_context_still_scores_comments_that_come_without_it(model):
    predicted = model.predict(["The staff were kind and caring", "We waited hours"])
    assert predicted.sentiment3.tolist() == [0, 2]
    half_known = Context.read(["", "Very good"], ["", IMPROVE])
    assert model.predict(["The staff were kind", "Nothing"], half_known).sentiment3[0] == 0


def test_a_model_trained_without_context_ignores_context_given_to_it():
    plain = train(_examples(with_context=False), min_examples=1, tune=False)
    assert plain.with_context is None
    context = Context.read(["Very poor"], [GOOD])
    assert plain.predict(["Nothing"], context).sentiment5.tolist() == (
        plain.predict(["Nothing"]).sentiment5.tolist()
    )


def test_the_same_comment_to_different_questions_is_classified_apart(model):
    streaming = StreamingClassifier(model)
    context = Context.read(["1", "1", "5"], [IMPROVE, IMPROVE, GOOD])
    predicted = streaming.classify(["Nothing", "nothing", "Nothing"], context)
    assert streaming.tally.classified == 2
    assert predicted.sentiment3.tolist() == [0, 0, 2]


def test_classify_reads_the_rating_and_question_columns(model, tmp_path, capsys):
    saved = save(model, tmp_path / "context.joblib")
    path = write_csv(
        tmp_path / "in.csv",
        ["comment", "score", "asked"],
        [["Nothing", "Very good", IMPROVE], ["Nothing", "Very poor", GOOD]],
    )
    argv = ["classify", str(path), "--text-column", "comment", "--model", str(saved)]
    status = main([*argv, "--rating-column", "score", "--question-column", "asked"])
    rows = read_csv(capsys.readouterr().out)
    assert status == 0
    assert [row["sentiment (3 levels)"] for row in rows] == ["positive", "negative"]


def test_a_missing_context_column_is_named_with_the_columns_there_are(model, tmp_path, capsys):
    saved = save(model, tmp_path / "context.joblib")
    path = write_csv(tmp_path / "in.csv", ["comment"], [["Nothing"]])
    argv = ["classify", str(path), "--text-column", "comment", "--model", str(saved)]
    assert main([*argv, "--rating-column", "FFT score"]) == 2
    assert "no column 'FFT score'" in capsys.readouterr().err


def test_a_programmes_rating_and_question_columns_are_context_not_themes(tmp_path):
    path = write_csv(
        tmp_path / "own.csv",
        ["text", "Parking", "Rating", "question"],
        [["No spaces", "1", "Poor", IMPROVE], ["Lovely", "0", "1", GOOD]],
    )
    examples = read_own(path, "text")
    assert examples.framework.themes == ("Parking",)
    assert examples.context.ratings == ["4", "1"]
    assert examples.context.questions == [IMPROVE.casefold(), GOOD.casefold()]


def test_the_nhs_data_carries_its_rating_and_question(nhs):
    assert len(nhs.context.ratings) == len(nhs.texts)
    assert set(nhs.context.ratings) <= {"1", "2", "3", "4", "5", "6", "7"}
    assert "how could we improve?" in nhs.context.questions
