"""Rule family 2: person-centred language, not labels or organisation-centred framing.

Patterns live in data/person_centred.csv (pattern, kind, severity, plain, why): labels
reduce people to a condition or a service role ("dementia sufferer", "service users");
organisation-centred framing talks about what the system moves or produces ("patient
flow", "deliver outcomes"). The file is compiled once into one regular expression whose
alternatives are tried in file order, so specific patterns come before general ones.

The person-centredness score is the share of references to people that are person-first:
references are the labels found here plus the person-first words in PEOPLE.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from .report import Finding
from .text import Shield, Tokens, wordset

PATTERNS = Path(__file__).with_name("data") / "person_centred.csv"
# Person-first words: each use is a reference to people that puts the person first.
PEOPLE = wordset(
    "people person persons individual individuals resident residents carer carers family "
    "families citizen citizens neighbour neighbours adults children parent parents someone "
    "everyone you"
)


@dataclass(frozen=True)
class Pattern:
    kind: str
    severity: str
    plain: str
    why: str


@functools.cache
def _compiled() -> tuple[re.Pattern[str], tuple[Pattern, ...], dict[str, tuple[str, ...]]]:
    """Return the combined expression, the row behind each group, and the starting words.

    Built once. The expression is only tried where a word begins with one of the starting
    words listed for the rows (keyed by their first three letters), which keeps a check of
    a long paper fast; tests compare this with trying it everywhere.
    """
    with PATTERNS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    alternatives = "|".join(f"({row['pattern']})" for row in rows)
    combined = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    starts: dict[str, set[str]] = {}
    for row in rows:
        for word in row["starts"].split():
            starts.setdefault(word[:3], set()).add(word)
    patterns = tuple(Pattern(r["kind"], r["severity"], r["plain"], r["why"]) for r in rows)
    return combined, patterns, {k: tuple(v) for k, v in starts.items()}


def find(text: str, words: Tokens, shield: Shield) -> list[Finding]:
    """Return a finding for each label or organisation-centred phrase outside protected text."""
    combined, rows, starts = _compiled()
    findings: list[Finding] = []
    skip_to = 0
    for at, key in zip(words.starts, words.lower, strict=True):
        if at < skip_to or not any(key.startswith(w) for w in starts.get(key[:3], ())):
            continue
        match = combined.match(text, at)
        if match is None:
            continue
        skip_to = match.end()
        if shield.covers(match.start(), match.end()):
            continue
        findings.append(_finding(match, rows[match.lastindex - 1]))
    return findings


def find_everywhere(text: str, shield: Shield) -> list[Finding]:
    """Return the same findings as `find` by trying every position: slow, kept for tests."""
    combined, rows, _ = _compiled()
    return [
        _finding(m, rows[m.lastindex - 1])
        for m in combined.finditer(text)
        if not shield.covers(m.start(), m.end())
    ]


def _finding(match: re.Match[str], row: Pattern) -> Finding:
    rule = "person-label" if row.kind == "label" else "organisation-centred"
    message = f"'{match.group()}': {row.why}"
    return Finding(
        match.start(), match.end(), rule, "person_centred", row.severity, message, row.plain
    )


def share(words: Tokens, findings: list[Finding]) -> float | None:
    """Return the share of references to people that are person-first, or None if none."""
    labels = sum(1 for f in findings if f.rule == "person-label")
    good = sum(1 for word in words.lower if word in PEOPLE)
    return None if labels + good == 0 else good / (labels + good)
