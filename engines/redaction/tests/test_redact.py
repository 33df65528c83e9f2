import dataclasses

import pytest

from engines.redaction import EMAIL, NAME, NHS_NUMBER, Redacted, RedactionError, Span, find, redact


def test_every_type_gets_its_own_placeholder():
    text = (
        "Nurse Julie called 07912 334561 about NHS 943 476 5919, NI AB 12 34 56 C, "
        "j.bloggs@example.com, born 12/03/1950, at 12 Mill Lane, NE1 4LP."
    )
    assert redact(text).text == (
        "Nurse [NAME] called [PHONE] about NHS [NHS NUMBER], NI [NI NUMBER], "
        "[EMAIL], born [DATE OF BIRTH], at [ADDRESS], [POSTCODE]."
    )


def test_spans_point_into_the_original_text():
    text = "Thanks to Dr Patel, call 0191 498 0123"
    result = redact(text)
    assert [(text[s.start : s.end], s.type) for s in result.spans] == [
        ("Patel", NAME),
        ("0191 498 0123", "PHONE"),
    ]
    assert result.count == 2


def test_an_email_wins_over_the_name_inside_it():
    assert [s.type for s in find("Mail Julie.Smith@example.com today")] == [EMAIL]


def test_results_are_frozen():
    result = redact("Nurse Julie")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "changed"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.spans[0].type = NHS_NUMBER


def test_text_without_personal_data_comes_back_unchanged():
    text = "Staff on Ward 12 were kind; 5mg at 10:30, parking £4.50 in 2023."
    assert redact(text) == Redacted(text, ())


def test_empty_text_is_fine():
    assert redact("") == Redacted("", ())


def test_something_that_is_not_text_is_refused_plainly():
    with pytest.raises(RedactionError, match="Expected text to redact, got int"):
        redact(42)


def test_a_one_megabyte_comment_is_redacted_throughout():
    comment = "Nurse Julie was kind. Call 07912 334561. " * 25_000
    assert len(comment) > 1_000_000
    result = redact(comment)
    assert "Julie" not in result.text and "07912" not in result.text
    assert result.count == 50_000


def test_span_placeholder_names_its_type():
    assert Span(0, 5, NAME).placeholder == "[NAME]"
