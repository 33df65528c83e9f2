import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engines.plain_language import FAMILIES, SEVERITIES, check

WORDS = st.sampled_from(
    ["the", "MDT", "ICB", "pathway", "service", "users", "PLEASE", "NOTE", "was", "agreed",
     "“", "”", '"', "(", ")", "North", "West", "London", ".", "\n", "click", "here", "é"]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_findings_lie_inside_the_text_in_order(text):
    report = check(text)
    previous = (0, 0)
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert (finding.start, finding.end) >= previous
        previous = (finding.start, finding.end)
        assert finding.family in FAMILIES
        assert finding.severity in SEVERITIES
        assert finding.message


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.dictionaries(st.text(min_size=1, max_size=12), st.text(max_size=12), max_size=3))
def test_never_raises_on_random_text_or_terms(text, terms):
    report = check(text, extra_terms=terms)
    assert report.scores.words >= 0


@pytest.mark.parametrize(
    "text",
    [
        "The pathway (" + "word " * 3000,
        "AB-CD-" * 3000,
        "ab" * 30000,
        "a@" * 10000,
        "North " * 3000,
        "(" * 5000,
    ],
    ids=["open-bracket", "capital-chain", "one-long-word", "at-signs", "name-run", "brackets"],
)
def test_pathological_text_is_checked_quickly(text):
    began = time.perf_counter()
    check(text)
    assert time.perf_counter() - began < 2
