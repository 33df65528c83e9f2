"""Comments get several themes each and a sentiment at five and three levels."""

import numpy as np

from engines.themes import StreamingClassifier
from engines.themes.sentiment import fold

from .conftest import held_out

COMMENTS = [
    "The food was cold and tasteless and the ward was dirty.",
    "Staff were kind and caring, thank you so much.",
    "I waited five hours for an ambulance, far too long.",
    "",
]


def test_each_comment_gets_a_yes_or_no_for_every_theme(small_model):
    predicted = small_model.predict(COMMENTS)
    assert predicted.labels.shape == (len(COMMENTS), len(small_model.framework.themes))
    assert set(np.unique(predicted.labels)) <= {0, 1}


def test_a_comment_can_carry_several_themes(small_model, nhs):
    predicted = small_model.predict(nhs.texts[:400])
    assert (predicted.labels.sum(axis=1) >= 2).any()


def test_obvious_comments_get_the_obvious_themes(small_model):
    themes = small_model.framework.themes
    predicted = small_model.predict(COMMENTS[:3])
    assert predicted.labels[0, themes.index("Food & drink provision & facilities")] == 1
    assert predicted.labels[1, themes.index("Staff manner & personal attributes")] == 1
    assert predicted.labels[2, themes.index("Timeliness of care")] == 1


def test_sentiment_beats_always_guessing_the_commonest_feeling_on_unseen_comments(small_model, nhs):
    unseen = held_out(nhs, 1_200)
    rated = unseen.sentiment > 0
    actual = fold(unseen.sentiment[rated])
    guessed = small_model.predict([t for t, r in zip(unseen.texts, rated, strict=True) if r])
    commonest = np.bincount(actual).max() / len(actual)
    assert (guessed.sentiment3 == actual).mean() > commonest + 0.1
    assert set(guessed.sentiment5.tolist()) <= {1, 2, 3, 4, 5}


def test_a_blank_comment_is_not_labellable_and_has_no_sentiment(small_model):
    predicted = small_model.predict(["   "])
    themes = small_model.framework.themes
    assert predicted.labels[0].tolist() == [int(t == "Labelling not possible") for t in themes]
    assert (predicted.sentiment5[0], predicted.sentiment3[0]) == (-1, -1)


def test_streaming_classifies_each_distinct_comment_once_and_counts_copies_back(small_model):
    streaming = StreamingClassifier(small_model)
    first = streaming.classify(["Lovely staff", "lovely  STAFF", "Parking was awful"])
    second = streaming.classify(["Parking was awful", "Lovely staff"])
    assert streaming.tally.rows == 5
    assert streaming.tally.classified == 2
    assert (first.labels[0] == first.labels[1]).all()
    assert (second.labels[0] == first.labels[2]).all()
    assert second.sentiment5[1] == first.sentiment5[0]


def test_streaming_gives_the_same_answers_as_classifying_directly(small_model, nhs):
    texts = nhs.texts[:300] + nhs.texts[:100]
    streamed = StreamingClassifier(small_model, remember=50).classify(texts)
    direct = small_model.predict(texts)
    assert (streamed.labels == direct.labels).all()
    assert (streamed.sentiment3 == direct.sentiment3).all()
