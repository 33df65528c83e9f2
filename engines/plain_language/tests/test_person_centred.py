import pytest

from engines.plain_language import check, person_centred
from engines.plain_language.text import Shield, protected

from .helpers import flagged


@pytest.mark.parametrize(
    ("text", "phrase", "severity"),
    [
        ("We asked service users what they thought.", "service users", "medium"),
        ("Services for the elderly are changing.", "the elderly", "high"),
        ("He was called a bed blocker by staff.", "bed blocker", "high"),
        ("Frequent flyers use the emergency department.", "Frequent flyers", "high"),
        ("She was non-compliant with her tablets.", "non-compliant", "high"),
        ("He suffers from arthritis.", "suffers from", "medium"),
        ("She is wheelchair-bound.", "wheelchair-bound", "high"),
        ("Every dementia sufferer deserves respect.", "dementia sufferer", "high"),
        ("We must engage hard to reach groups.", "hard to reach", "medium"),
    ],
)
def test_labels_are_flagged_with_a_respectful_alternative(text, phrase, severity):
    report = check(text)
    labels = [f for f in report.findings if f.rule == "person-label"]
    assert [report.phrase(f) for f in labels] == [phrase]
    assert labels[0].severity == severity
    assert labels[0].suggestion


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The programme will deliver outcomes.", "deliver outcomes"),
        ("We met every stakeholder.", "stakeholder"),
        ("Patient flow was slow in winter.", "Patient flow"),
        ("There is no capacity in the team.", "no capacity"),
        ("We need more bed capacity.", "bed capacity"),
    ],
)
def test_organisation_centred_framing_is_flagged(text, phrase):
    assert flagged(text, "organisation-centred") == [phrase]


@pytest.mark.parametrize(
    "text",
    ["We checked her mental capacity to decide.", "We build the capacity of local people."],
)
def test_capacity_of_people_is_not_organisation_centred(text):
    assert flagged(text, "organisation-centred") == []


def test_person_first_text_scores_fully_person_centred():
    report = check("People who use services and their carers told us what matters.")
    assert report.scores.person_centred_share == 1.0


def test_labels_lower_the_person_centred_score():
    report = check("Service users and the elderly told people what matters.")
    assert report.scores.person_centred_share == pytest.approx(1 / 3, abs=1e-3)


def test_text_without_people_has_no_person_centred_score():
    assert check("The building opens at nine.").scores.person_centred_share is None


def test_fast_search_finds_what_a_full_search_finds(seed_texts):
    for text in seed_texts:
        shield = Shield(protected(text))
        fast = check(text).findings
        fast = [f for f in fast if f.family == "person_centred"]
        assert fast == person_centred.find_everywhere(text, shield)
