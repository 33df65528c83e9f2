"""The checker agrees with a careful editor on the labelled sentences."""

import pytest

from engines.plain_language import FAMILIES
from engines.plain_language.evaluate import evaluate, load


@pytest.fixture(scope="module")
def tallies():
    return evaluate(load())


def test_labelled_set_has_at_least_100_sentences():
    assert len(load()) >= 100


@pytest.mark.parametrize("family", FAMILIES)
def test_precision_is_at_least_90_percent(tallies, family):
    assert tallies[family].precision >= 0.9, tallies[family].false_alarms


@pytest.mark.parametrize("family", FAMILIES)
def test_recall_is_at_least_80_percent(tallies, family):
    assert tallies[family].recall >= 0.8, tallies[family].missed
