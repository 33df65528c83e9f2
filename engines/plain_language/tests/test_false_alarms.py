"""Quoted words, organisation names and defined terms must not be flagged."""

from engines.plain_language import check

from .helpers import flagged


def test_quoted_label_is_not_flagged():
    text = 'Staff used to say “bed blocker”, and one nurse said "frequent flyer".'
    assert flagged(text, "person-label") == []


def test_quoted_jargon_is_not_flagged():
    assert flagged("She asked what ‘pathway’ meant.", "jargon") == []


def test_organisation_name_is_not_flagged():
    text = "We wrote to North West London Integrated Care Board about it."
    assert flagged(text) == []


def test_organisation_acronym_after_its_name_is_not_flagged():
    text = "North West London Integrated Care Board (ICB) replied. The ICB agreed."
    assert flagged(text, "acronym") == []


def test_capital_at_start_of_sentence_does_not_hide_a_label():
    assert flagged("Stakeholders in NHS England met.", "organisation-centred") == ["Stakeholders"]


def test_term_the_document_defines_is_not_flagged_anywhere():
    text = (
        "Our footprint (the area our services cover) includes five boroughs. "
        "The footprint is large."
    )
    assert flagged(text, "jargon") == []


def test_term_defined_with_means_is_not_flagged():
    text = '"Reablement" means short-term help at home. Reablement lasts six weeks.'
    assert flagged(text, "jargon") == []


def test_term_defined_with_by_we_mean_is_not_flagged():
    text = "By step-down we mean moving to a less intensive ward. Step-down starts soon."
    assert flagged(text, "jargon") == []


def test_web_address_is_not_flagged():
    assert flagged("Read https://example.org/MDT-pathway-capacity for details.") == []


def test_plain_sentence_has_no_findings():
    report = check("We will meet on Tuesday evening at the library. Tea and coffee are free.")
    assert report.findings == ()
