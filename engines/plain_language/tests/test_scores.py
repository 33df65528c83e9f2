import pytest

from engines.plain_language import check
from engines.plain_language.scores import FORMULA, syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [("care", 1), ("table", 2), ("people", 2), ("changes", 2), ("asked", 1), ("wanted", 2),
     ("organisation", 5), ("quiet", 2), ("co-design", 3), ("a", 1)],
)  # fmt: skip
def test_syllables_are_counted_like_a_dictionary_for_common_words(word, count):
    assert syllables(word) == count


def test_reading_age_follows_flesch_kincaid_plus_five():
    report = check("The cat sat on the mat. The dog ran.")
    words, sentences, syllable_total = 9, 2, 9
    grade = 0.39 * words / sentences + 11.8 * syllable_total / words - 15.59
    assert report.scores.reading_age == round(max(grade, 0) + 5, 1)
    assert "Flesch-Kincaid" in FORMULA and "Kincaid et al., 1975" in FORMULA


def test_hard_paper_reads_older_than_plain_text():
    plain = check("We meet on Tuesday. Bring a friend. Tea is free.")
    hard = check(
        "The integrated care system will operationalise the transformation programme "
        "through multidisciplinary collaboration across organisational boundaries."
    )
    assert hard.scores.reading_age > plain.scores.reading_age + 5


def test_scores_count_words_sentences_and_findings():
    scores = check("The MDT met. The pathway changed. We talked about it.").scores
    assert (scores.words, scores.sentences) == (10, 3)
    assert (scores.acronym_count, scores.jargon_count) == (1, 1)
    assert scores.average_sentence_length == pytest.approx(3.3)


def test_empty_text_has_nothing_to_check():
    report = check("   \n ")
    assert report.nothing_to_check
    assert report.findings == ()
    assert report.scores.reading_age == 0.0
