"""The NHS framework v7 is built from the v6 columns; programmes can bring their own."""

from pathlib import Path

import pytest

from engines.themes import ThemesError, read_own, train

DATA = Path(__file__).parent / "data"


def test_nhs_data_gives_the_32_themes_of_framework_v7(nhs):
    themes = nhs.framework.themes
    assert len(themes) == 32
    assert nhs.labels.shape == (len(nhs.texts), 32)
    for merged in ("Staffing levels & responsiveness", "Continuity of care"):
        assert merged in themes
    assert "Staff responsiveness" not in themes and "Not assigned" not in themes


def test_merged_theme_is_on_when_any_of_its_v6_columns_is(nhs):
    staffing = nhs.framework.themes.index("Staffing levels & responsiveness")
    # 121 comments tick "Number & deployment of staff" and 98 "Staff responsiveness"
    assert 121 <= nhs.labels[:, staffing].sum() <= 121 + 98


def test_comments_with_no_text_are_left_out_of_training(nhs):
    assert all(text.strip() for text in nhs.texts)


def test_a_programme_framework_is_read_from_text_and_theme_columns():
    examples = read_own(DATA / "own_framework.csv", "text")
    assert examples.framework.themes == ("Access", "Respect")
    assert examples.labels.sum(axis=0).tolist() == [6, 6]


def test_a_framework_with_one_example_per_theme_says_how_many_are_needed():
    examples = read_own(DATA / "tiny_framework.csv", "text")
    with pytest.raises(ThemesError, match=r"needs at least 10.*at least 5 for each theme"):
        train(examples)


def test_a_theme_with_too_few_examples_is_named(nhs):
    examples = read_own(DATA / "own_framework.csv", "text")
    examples.labels[:3, 0] = 0  # leave Access with 3 examples
    with pytest.raises(ThemesError, match=r"'Access' has 3\..*at least 5 labelled comments"):
        train(examples)
