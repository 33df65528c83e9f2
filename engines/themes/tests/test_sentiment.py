"""Five levels of sentiment fold into three: positive, neutral or mixed, negative."""

import numpy as np
import pytest

from engines.themes import FIVE, three_level
from engines.themes.sentiment import fold


@pytest.mark.parametrize(
    ("level", "expected"),
    [(1, "positive"), (2, "positive"), (3, "neutral or mixed"), (4, "negative"), (5, "negative")],
)
def test_five_levels_fold_into_three(level, expected):
    assert three_level(level) == expected


def test_folding_an_array_matches_folding_one_level_at_a_time():
    codes = fold(np.array([1, 2, 3, 4, 5]))
    assert codes.tolist() == [0, 0, 1, 2, 2]


def test_a_level_outside_one_to_five_is_refused():
    with pytest.raises(ValueError, match="1 to 5"):
        three_level(0)


def test_level_names_run_from_very_positive_to_very_negative():
    assert FIVE[1] == "very positive" and FIVE[5] == "very negative"
