import pytest

from engines.plain_language import check

from .helpers import flagged

LONG = (
    "The programme board agreed that every working group would meet each fortnight in the "
    "evening so that carers and people who work during the day could take part in the "
    "discussions."
)


def test_sentence_over_25_words_is_flagged_whole():
    report = check(LONG)
    (finding,) = [f for f in report.findings if f.rule == "long-sentence"]
    assert report.phrase(finding) == LONG
    assert "31 words" in finding.message


def test_sentence_of_25_words_is_not_flagged():
    text = " ".join(["word"] * 24) + " end."
    assert flagged(text, "long-sentence") == []


def test_very_long_sentence_is_more_severe():
    text = " ".join(["word"] * 45) + "."
    report = check(text)
    assert [f.severity for f in report.findings if f.rule == "long-sentence"] == ["medium"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The plan was approved by the board.", "was approved"),
        ("Papers are sent a week before.", "are sent"),
        ("The report has been written.", "been written"),
        ("Decisions were not recorded.", "were not recorded"),
    ],
)
def test_passive_voice_is_flagged(text, phrase):
    assert flagged(text, "passive") == [phrase]


@pytest.mark.parametrize(
    "text", ["We are interested in your views.", "She was tired.", "The hub is based in Leeds."]
)
def test_states_are_not_mistaken_for_passive_voice(text):
    assert flagged(text, "passive") == []


def test_passive_share_counts_sentences_with_a_passive():
    report = check("The plan was approved. We met. We talked.")
    assert report.scores.passive_share == pytest.approx(1 / 3, abs=1e-3)


@pytest.mark.parametrize(
    ("text", "phrase", "suggestion"),
    [
        (
            "We will oversee the implementation of the plan.",
            "the implementation of",
            "implementing",
        ),
        ("The group will make a decision soon.", "make a decision", "decide"),
        ("Staff will carry out an assessment.", "carry out an assessment", "assess"),
    ],
)
def test_nominalisation_is_flagged_with_the_verb(text, phrase, suggestion):
    report = check(text)
    (finding,) = [f for f in report.findings if f.rule == "nominalisation"]
    assert (report.phrase(finding), finding.suggestion) == (phrase, suggestion)


def test_long_word_is_flagged_with_a_shorter_one():
    report = check("We will utilise the room in order to meet.")
    found = {report.phrase(f): f.suggestion for f in report.findings if f.rule == "long-word"}
    assert found == {"utilise": "use", "in order to": "to"}


def test_words_in_capitals_are_flagged_as_one_run():
    assert flagged("PLEASE READ THIS before the meeting.", "all-caps") == ["PLEASE READ THIS"]


def test_single_acronym_is_not_taken_for_shouting():
    assert flagged("The ICB met.", "all-caps") == []


def test_click_here_link_is_high_severity():
    report = check("To see the agenda, click here.")
    (finding,) = [f for f in report.findings if f.rule == "click-here"]
    assert finding.severity == "high"


def test_markdown_link_that_says_here_is_flagged():
    assert flagged("The agenda is [here](https://example.org/agenda).", "click-here") == ["[here]("]
