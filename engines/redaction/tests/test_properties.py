import re

from hypothesis import given
from hypothesis import strategies as st

from engines.redaction import NHS_NUMBER, find, redact

from .helpers import nhs_number

NINE_DIGITS = st.text(alphabet="0123456789", min_size=9, max_size=9)
LAYOUTS = st.sampled_from(["{a}{b}{c}", "{a} {b} {c}", "{a}-{b}-{c}"])
WORDS = st.sampled_from(
    (
        "the",
        "nurse",
        "Nurse",
        "Dr",
        "Julie",
        "Grace",
        "Will",
        "was",
        "lovely",
        "and",
        "on",
        "Ward 12",
        "5mg",
        "at 10:30",
        "called",
        "thanks to",
        "my name is",
        "born",
        "DOB",
        "12/03/1950",
        "07912 334561",
        "NE1 4LP",
        "AB 12 34 56 C",
        "j.b@example.com",
        "12 Mill Lane",
        "Flat 3,",
        "943 476 5919",
        "Patel",
        "St Mary's Hospital",
        ".",
        ",",
        "(",
        ")",
        "\n",
    )
)


def _layout(digits: str, layout: str) -> str:
    return layout.format(a=digits[:3], b=digits[3:6], c=digits[6:])


@given(NINE_DIGITS, LAYOUTS)
def test_every_valid_nhs_number_is_found(first_nine, layout):
    number = nhs_number(first_nine)
    if number is None:  # no NHS number starts with these nine digits
        return
    text = f"My NHS number is {_layout(number, layout)}."
    spans = [s for s in find(text) if s.type == NHS_NUMBER]
    assert [(s.start, s.end) for s in spans] == [(17, 17 + len(_layout(number, layout)))]


@given(NINE_DIGITS, st.integers(1, 9), LAYOUTS)
def test_a_wrong_check_digit_is_never_an_nhs_number(first_nine, shift, layout):
    right = nhs_number(first_nine)
    check = int(right[-1]) if right else 0
    wrong = first_nine + str((check + shift) % 10)
    if right == wrong:
        return
    text = f"My NHS number is {_layout(wrong, layout)}."
    assert NHS_NUMBER not in {s.type for s in find(text)}


@given(st.lists(WORDS, max_size=30))
def test_no_found_text_is_left_in_the_redacted_text(words):
    text = " ".join(words)
    result = redact(text)
    outside_placeholders = re.sub(r"\[[A-Z ]+\]", "\x00", result.text)
    for span in result.spans:
        assert text[span.start : span.end] not in outside_placeholders


@given(st.lists(WORDS, max_size=30) | st.text(max_size=200))
def test_spans_are_in_order_never_overlap_and_rebuild_the_text(value):
    text = " ".join(value) if isinstance(value, list) else value
    result = redact(text)
    ends = [0]
    rebuilt = ""
    for span in result.spans:
        assert ends[-1] <= span.start < span.end <= len(text)
        rebuilt += text[ends[-1] : span.start] + span.placeholder
        ends.append(span.end)
    assert rebuilt + text[ends[-1] :] == result.text
