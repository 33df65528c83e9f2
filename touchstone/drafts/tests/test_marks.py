"""Marking findings inline: any overlap of findings gives balanced HTML and the same text."""

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from engines.plain_language import check
from touchstone.drafts.marks import entries, marked_text

from .helpers import OVERLAPPING, unbalanced

LABEL = re.compile(
    r'<a class="touchstone-finding-label" id="place-(\d+)" href="#finding-\1">.*?</a>'
)


def shown_text(marked: str) -> str:
    """Return the text a reader sees in the marked HTML, without the numbered labels."""
    without_labels = LABEL.sub("", marked).replace("<br>", "\n")
    return html.unescape(re.sub(r"</?mark>", "", without_labels))


@given(
    st.lists(
        st.sampled_from(["The elderly ", "CLICK HERE ", "ICB ", "<b>&amp;</b> ", "pathway.\n"]),
        max_size=12,
    ).map("".join)
)
def test_any_text_is_shown_exactly_with_every_finding_labelled_once(text):
    report = check(text)
    marked = str(marked_text(report))
    assert unbalanced(f"<p>{marked}</p>") == []
    assert shown_text(marked) == text
    numbers = [int(n) for n in LABEL.findall(marked)]
    assert numbers == list(range(1, len(report.findings) + 1))


def test_nested_and_identical_findings_are_cut_into_flat_marks():
    report = check(OVERLAPPING)
    marked = str(marked_text(report))
    assert "<mark><mark>" not in marked
    assert shown_text(marked) == OVERLAPPING
    # "CLICK HERE" is two findings over the same words: two labels, then one mark.
    label = r'<a class="touchstone-finding-label" id="place-\d+" href="#finding-\d+">.*?</a>'
    assert re.search(label + label + "<mark>CLICK HERE</mark>", marked)
    assert [e.severity_text for e in entries(report) if e.phrase == "CLICK HERE"] == [
        "Medium: worth changing",
        "High: change this",
    ]
