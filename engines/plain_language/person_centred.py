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
from .text import Shield

PATTERNS = Path(__file__).with_name("data") / "person_centred.csv"
PEOPLE = re.compile(
    r"\b(?:people|person|persons|individuals?|residents?|carers?|famil(?:y|ies)|citizens?|"
    r"neighbours?|adults|children|parents?|someone|everyone|you|patients? and carers?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Pattern:
    kind: str
    severity: str
    plain: str
    why: str


@functools.cache
def _compiled() -> tuple[re.Pattern[str], tuple[Pattern, ...]]:
    """Return the combined expression and the row behind each of its groups, built once."""
    with PATTERNS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    alternatives = "|".join(f"({row['pattern']})" for row in rows)
    combined = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return combined, tuple(Pattern(r["kind"], r["severity"], r["plain"], r["why"]) for r in rows)


def find(text: str, shield: Shield) -> list[Finding]:
    """Return a finding for each label or organisation-centred phrase outside protected text."""
    combined, rows = _compiled()
    findings = []
    for match in combined.finditer(text):
        if shield.covers(match.start(), match.end()):
            continue
        row = rows[match.lastindex - 1]
        rule = "person-label" if row.kind == "label" else "organisation-centred"
        findings.append(
            Finding(
                match.start(),
                match.end(),
                rule,
                "person_centred",
                row.severity,
                f"'{match.group()}': {row.why}",
                row.plain,
            )
        )
    return findings


def share(text: str, findings: list[Finding]) -> float | None:
    """Return the share of references to people that are person-first, or None if none."""
    labels = sum(1 for f in findings if f.rule == "person-label")
    good = sum(1 for _ in PEOPLE.finditer(text))
    return None if labels + good == 0 else good / (labels + good)
