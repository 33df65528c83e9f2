"""Scores for the whole text: reading age, sentence length, passive share, counts.

Reading age uses the Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers and Chissom,
"Derivation of new readability formulas for Navy enlisted personnel", Research Branch
Report 8-75, Naval Technical Training Command, 1975):

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

A US school grade is turned into a UK reading age by adding 5 (grade 1 is read at about
age 6), the usual convention in UK plain-language guidance. The NHS aims for a reading
age of 9 to 11 in health information. Syllables are counted by the rules in `syllables`,
which agree with a dictionary for most English words; the figure is a guide, not a test.
"""

from __future__ import annotations

import functools
import re

from .report import Finding, Scores
from .text import WORD

FORMULA = (
    "UK reading age = Flesch-Kincaid grade + 5; grade = 0.39 x words per sentence "
    "+ 11.8 x syllables per word - 15.59 (Kincaid et al., 1975, Navy Research Branch Report 8-75)"
)
_VOWELS = re.compile(r"[aeiouy]+")
_SILENT_E = re.compile(r"(?:[^aeiouyl]e|[^aeiouy]es|[^aeiouydt]ed)$")
_EXTRA = re.compile(r"(?:[^aeiouy]le|ia|io(?!u)|ua|eo(?!u)|iet|ism|[^aeiou]ya)", re.IGNORECASE)


@functools.lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Return an estimate of the syllables in a word: vowel groups, less silent endings."""
    word = word.lower().strip("'’")
    if not word:
        return 0
    if word.isdigit():
        return len(word)
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    count = len(_VOWELS.findall(word))
    if len(word) > 3 and _SILENT_E.search(word) and count > 1:
        count -= 1
    count += len(_EXTRA.findall(word[:-1] if word.endswith("le") else word))
    if word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy":
        count += 0  # "table": the vowel group count already misses the final syllable
    return max(1, count)


def score(
    text: str,
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    passive_sentences: int,
    person_centred: float | None,
) -> Scores:
    """Return the scores for a checked text."""
    counts = [sum(1 for _ in WORD.finditer(text, s, e)) for s, e in sentences]
    words = sum(counts)
    sentence_count = max(1, len(sentences)) if words else 0
    syllable_total = sum(syllables(m.group()) for m in WORD.finditer(text))
    if words:
        grade = 0.39 * (words / sentence_count) + 11.8 * (syllable_total / words) - 15.59
    else:
        grade = 0.0
    long_share = sum(1 for c in counts if c > 25) / sentence_count if words else 0.0
    return Scores(
        words=words,
        sentences=sentence_count,
        reading_age=round(max(grade, 0.0) + 5, 1) if words else 0.0,
        grade=round(grade, 1),
        average_sentence_length=round(words / sentence_count, 1) if words else 0.0,
        long_sentence_share=round(long_share, 3),
        passive_share=round(passive_sentences / sentence_count, 3) if words else 0.0,
        jargon_count=sum(1 for f in findings if f.rule == "jargon"),
        acronym_count=sum(1 for f in findings if f.rule == "acronym"),
        person_centred_share=None if person_centred is None else round(person_centred, 3),
        formula=FORMULA,
    )
