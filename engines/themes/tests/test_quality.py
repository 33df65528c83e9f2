"""Cross-validated quality on the NHS data: the slow test (about five minutes on one core).

The issue's targets are macro F1 0.64, micro F1 0.75 and 3-level sentiment accuracy 0.86
(TARGETS). The fast reading's cross-validated figures (docs/benchmarks.md) meet the micro
F1 and sentiment targets and fall short of macro F1 (the deep reading reaches it on ten
folds, docs/benchmarks.md; test_quality_deep.py holds its three-fold level), so the test
holds the fast reading to the targets it meets and to what it reaches on the other
(FLOORS, a little below the measured figures); lowering a floor needs a reason in the
benchmarks page.
Sentiment is held twice: with the survey context the NHS file carries (rating and
question), and from the text alone, as for a file classified without context columns.
"""

import pytest

from engines.themes import cross_validate

pytestmark = pytest.mark.slow

TARGETS = {"macro": 0.64, "micro": 0.75, "sentiment3": 0.86}
FLOORS = {
    "macro": 0.60,
    "sentiment3_text_only": 0.81,
    "macro_without": 0.59,
}


@pytest.fixture(scope="module")
def quality(nhs):
    return cross_validate(nhs)


def test_micro_f1_on_the_32_themes_meets_the_target(quality):
    assert quality.micro_f1 >= TARGETS["micro"]


def test_macro_f1_holds_its_cross_validated_level(quality):
    assert quality.macro_f1 >= FLOORS["macro"]
    assert quality.macro_f1_without >= FLOORS["macro_without"]


def test_three_level_sentiment_accuracy_with_rating_and_question_meets_the_target(quality):
    assert quality.sentiment3_accuracy >= TARGETS["sentiment3"]
    assert quality.sentiment5_accuracy > 0.65


def test_sentiment_from_the_text_alone_holds_its_level_and_context_adds_to_it(quality):
    three_levels, five_levels, _ = quality.text_only
    assert three_levels >= FLOORS["sentiment3_text_only"]
    assert five_levels > 0.6
    assert quality.sentiment3_accuracy > three_levels + 0.02


def test_every_theme_but_the_rarest_is_learnt(quality):
    poorly_learnt = [theme for theme, (f1, n) in quality.per_theme.items() if n >= 30 and f1 < 0.25]
    assert poorly_learnt == []
