"""Run every rule family over a text and gather the findings and scores into a report."""

from __future__ import annotations

from collections.abc import Mapping

from . import jargon, person_centred, readability
from .report import Finding, PlainLanguageError, Report
from .scores import score
from .text import Shield, protected, sentences, tokens


def check(text: str, *, extra_terms: Mapping[str, str] | None = None) -> Report:
    """Check a text for jargon, labels and hard reading; spans index into `text` itself.

    extra_terms: a programme's own jargon, {term: plain alternative}, checked before the
    built-in glossary. Empty text gives a report whose `nothing_to_check` is True.
    """
    if not isinstance(text, str):
        raise PlainLanguageError(f"Expected text to check, got {type(text).__name__}.")
    extra = jargon.extra_glossary(extra_terms)
    words = tokens(text)
    spans = sentences(text)
    shield = Shield(protected(text))
    acronyms, loud = jargon.capitals(text)
    findings: list[Finding] = []
    findings += jargon.find_terms(text, words, shield, extra)
    findings += jargon.find_acronyms(text, acronyms, shield, extra)
    people = person_centred.find(text, words, shield)
    findings += people
    style, passive_sentences = readability.find(text, words, spans, loud, shield)
    findings += style
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    share = person_centred.share(words, people)
    return Report(
        text, tuple(findings), score(text, words, spans, findings, passive_sentences, share)
    )
