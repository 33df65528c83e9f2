"""Identical comments are worked on once and counted back into every row."""

from hypothesis import given
from hypothesis import strategies as st

from engines.themes import distinct, normalise


def test_copies_differing_in_case_and_spacing_count_as_one():
    found = distinct(["Very good", "very  good ", "VERY GOOD", "Poor"])
    assert found.texts == ["Very good", "Poor"]
    assert found.counts.tolist() == [3, 1]


def test_results_for_distinct_comments_are_counted_back_into_every_row():
    texts = ["a", "b", "A", "c", "b "]
    found = distinct(texts)
    per_distinct = [text.upper() for text in found.texts]
    expanded = [per_distinct[i] for i in found.row_to_distinct]
    assert expanded == ["A", "B", "A", "C", "B"]


@given(st.lists(st.text(alphabet="ab \n", max_size=6), max_size=40))
def test_every_row_maps_to_a_distinct_comment_equal_to_it(texts):
    found = distinct(texts)
    assert int(found.counts.sum()) == len(texts)
    assert len(set(found.keys)) == len(found.texts)
    for text, at in zip(texts, found.row_to_distinct, strict=True):
        assert normalise(found.texts[at]) == normalise(text)
