"""What a check returns: findings with exact spans, and scores for the whole text.

Kept apart from the rules so every rule module builds findings the same way and the
Django side, the CLI and the benchmark can import the types without the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("high", "medium", "low")
FAMILIES = ("jargon", "person_centred", "readability")


class PlainLanguageError(ValueError):
    """The input cannot be checked; the message is one line saying why and what to do."""


@dataclass(frozen=True)
class Finding:
    """One thing a careful editor would change, at text[start:end]."""

    start: int
    end: int
    rule: str
    family: str
    severity: str
    message: str
    suggestion: str | None = None


@dataclass(frozen=True)
class Scores:
    """Figures for the whole text; see scores.py for how each is worked out."""

    words: int
    sentences: int
    reading_age: float
    grade: float
    average_sentence_length: float
    long_sentence_share: float
    passive_share: float
    jargon_count: int
    acronym_count: int
    person_centred_share: float | None
    formula: str


@dataclass(frozen=True)
class Report:
    """The text as checked, its findings in order of position, and its scores."""

    text: str
    findings: tuple[Finding, ...]
    scores: Scores

    @property
    def nothing_to_check(self) -> bool:
        """Return True when the text holds no words at all."""
        return self.scores.words == 0

    def phrase(self, finding: Finding) -> str:
        """Return the words a finding is about."""
        return self.text[finding.start : finding.end]

    def at_or_above(self, severity: str) -> tuple[Finding, ...]:
        """Return the findings at least as severe as the one named."""
        rank = SEVERITIES.index(severity)
        return tuple(f for f in self.findings if SEVERITIES.index(f.severity) <= rank)
