"""Scores for the whole text: reading age, sentence length, passive share, counts.

Reading age uses the Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers and Chissom,
"Derivation of new readability formulas for Navy enlisted personnel", Research Branch
Report 8-75, Naval Technical Training Command, 1975):

    grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

A US school grade is turned into a UK reading age by adding 5 (grade 1 is read at about
age 6), the usual convention in UK plain-language guidance. Headings and labels (under 5
words with no closing punctuation) are left out of the formula, which was made for
running prose. Syllables are counted by the rules in `syllables`, which agree with a
dictionary for most common English words; the figure is a guide, not a test.
"""

from __future__ import annotations

import bisect
import functools
import re

from .report import Finding, Scores
from .text import Tokens

FORMULA = (
    "UK reading age = Flesch-Kincaid grade + 5; grade = 0.39 x words per sentence "
    "+ 11.8 x syllables per word - 15.59 (Kincaid et al., 1975, Navy Research Branch Report 8-75)"
)
PROSE_WORDS = 5
_VOWELS = re.compile(r"[aeiouy]+")
_TWO_VOWEL_SOUNDS = re.compile(r"ia|iet|ua|eo(?!p)|ism$|[^aeiou]ya")


@functools.lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Return an estimate of the syllables in a word: vowel groups, less silent endings."""
    word = word.lower().strip("'’")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if not word or word.isdigit():
        return len(word)
    if "-" in word:
        return sum(syllables(part) for part in word.split("-") if part)
    count = len(_VOWELS.findall(word))
    if len(word) > 2 and count > 1:
        if word.endswith("e") and not word.endswith(("ee", "ye")):
            if not (word.endswith("le") and word[-3] not in "aeiouy"):
                count -= 1  # "make", but not "table"
        elif word.endswith("es") and word[-3] not in "aeiouysxzhgc":
            count -= 1  # "makes", but not "changes"
        elif word.endswith("ed") and word[-3] not in "aeiouytd":
            count -= 1  # "asked", but not "wanted"
    count += len(_TWO_VOWEL_SOUNDS.findall(word))
    return max(1, count)


def score(
    text: str,
    words_found: Tokens,
    sentences: list[tuple[int, int]],
    findings: list[Finding],
    passive_sentences: int,
    person_centred: float | None,
) -> Scores:
    """Return the scores for a checked text."""
    counts = [words_found.count(s, e) for s, e in sentences]
    words = sum(counts)
    sentence_count = max(1, len(sentences)) if words else 0
    prose = [(s, e) for (s, e), n in zip(sentences, counts, strict=True) if _is_prose(text, e, n)]
    grade = _grade(words_found, prose) if words else 0.0
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


def _is_prose(text: str, end: int, words: int) -> bool:
    """Return False for headings and labels: under 5 words with no closing punctuation."""
    return words >= PROSE_WORDS or text[end - 1] in '.!?"”’)'


def _grade(words_found: Tokens, prose: list[tuple[int, int]]) -> float:
    """Return the Flesch-Kincaid grade of the prose sentences (all text if there are none)."""
    if not prose:
        prose = [(0, words_found.ends[-1] if words_found.ends else 0)]
    words = syllable_total = 0
    for start, end in prose:
        first = bisect.bisect_left(words_found.starts, start)
        last = bisect.bisect_left(words_found.starts, end)
        words += last - first
        syllable_total += sum(map(syllables, words_found.words[first:last]))
    if not words:
        return 0.0
    return 0.39 * (words / len(prose)) + 11.8 * (syllable_total / words) - 15.59
