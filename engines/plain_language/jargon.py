"""Rule family 1: health and care jargon, and acronyms not spelt out on first use.

The glossary (data/glossary.csv: term, kind, plain) is compiled once per process into an
index keyed by each term's first word, so a check costs one dictionary look-up per word
rather than one regular-expression alternation of 400 terms. A term the document explains
(`footprint (the area an integrated care system covers)`, `by step-down we mean ...`) is
not flagged anywhere; an acronym is fine once written out (`integrated care board (ICB)`
or `ICB (integrated care board)`), and only its first unexplained use is flagged.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .report import Finding, PlainLanguageError
from .text import Shield, Tokens, wordset

GLOSSARY = Path(__file__).with_name("data") / "glossary.csv"
# Acronyms most readers know; flagging them would be noise.
WELL_KNOWN = wordset("NHS GP UK OK TV BBC A&E COVID HIV AIDS PDF ID EU USA MP PIN AM PM")
# All-capital words that are ordinary words written loudly, not acronyms.
LOUD = wordset(
    "NOT MUST NOTE PLEASE ALL DO NO YES NEW FREE ONLY NOW STOP WARNING IMPORTANT URGENT NEVER "
    "ALWAYS AND THE YOU YOUR WILL BE IS ARE TO OF FOR IN ON AT BY WE OUR WITH THIS THAT HERE "
    "CLICK READ DEADLINE REMINDER"
)
ACRONYM = re.compile(r"(?<![\w&-])[A-Z][A-Za-z0-9&]*[A-Z0-9](?:-[A-Z0-9]+)*s?(?![\w&])")
_RUN_GAP = re.compile(r"[ \t]*[,:;!?.-]?[ \t]*")  # between capital words of one run
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})")
_DEFINED_AFTER = re.compile(
    r"[”\"’']?(?:\s*\((?=[^()]{0,300}\))[^()\s]*(?:\s+[^()\s]+){2,}\s*\)"
    r"|,?\s+(?:means|meaning|refers to|is defined as|which means|stands for)\b"
    r"|\s*[:–—]\s*(?:a|an|the|this|that|when|where|how|people|someone|what|our)\b"
    r"|\s+-\s+(?:a|an|the|this|that|when|where|how|people|someone|what)\b)",
    re.IGNORECASE,
)
_SPELT_AFTER = re.compile(r"\s*\((?=[^()]{0,300}\))(?=[^()a-z]*[a-z])|,?\s+(?:stands for|means)\b")
_BY_WE_MEAN = re.compile(r"\bby\s+[“\"‘']?$", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    term: str
    kind: str
    plain: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Glossary:
    by_first_word: Mapping[str, tuple[Term, ...]]
    acronyms: Mapping[str, Term]


def _term(term: str, kind: str, plain: str) -> Term:
    body = r"\s+".join(re.escape(part) for part in term.split())
    return Term(term, kind, plain, re.compile(body + r"s?(?![\w-])", re.IGNORECASE))


def compile_glossary(rows: Iterable[tuple[str, str, str]]) -> Glossary:
    """Index glossary rows (term, kind, plain) for fast look-up, longest terms first."""
    index: dict[str, list[Term]] = {}
    acronyms: dict[str, Term] = {}
    for term, kind, plain in rows:
        term = term.strip()
        if not term:
            continue
        if kind == "acronym":
            acronyms[term] = _term(term, kind, plain)
        else:
            index.setdefault(term.split()[0].lower(), []).append(_term(term, kind, plain))
    ordered = {k: tuple(sorted(v, key=lambda t: -len(t.term))) for k, v in index.items()}
    return Glossary(ordered, acronyms)


@functools.cache
def glossary() -> Glossary:
    """Return the built-in glossary, read and compiled once per process."""
    with GLOSSARY.open(encoding="utf-8", newline="") as handle:
        return compile_glossary((r["term"], r["kind"], r["plain"]) for r in csv.DictReader(handle))


def extra_glossary(extra_terms: Mapping[str, str] | None) -> Glossary | None:
    """Compile a programme's own terms ({term: plain alternative}), or None without any."""
    if not extra_terms:
        return None
    if not isinstance(extra_terms, Mapping):
        raise PlainLanguageError("extra_terms should map each term to its plain alternative.")
    rows = []
    for term, plain in extra_terms.items():
        kind = "acronym" if ACRONYM.fullmatch(term.strip()) else "term"
        rows.append((term, kind, plain))
    return compile_glossary(rows)


def find_terms(text: str, words: Tokens, shield: Shield, extra: Glossary | None) -> list[Finding]:
    """Return a finding for each glossary term the document neither quotes nor explains."""
    glossaries = [g for g in (extra, glossary()) if g is not None]
    hits: list[tuple[int, int, Term]] = []
    defined: set[str] = set()
    skip_to = 0
    for at, key in zip(words.starts, words.lower, strict=True):
        if at < skip_to or not any(_indexed(g, key) for g in glossaries):
            continue
        hit = _longest(glossaries, key, text, at)
        if hit:
            match, term = hit
            if _is_defined(text, match.start(), match.end()):
                defined.add(term.term.lower())
            hits.append((match.start(), match.end(), term))
            skip_to = match.end()
    return [
        Finding(
            start,
            end,
            "jargon",
            "jargon",
            "medium",
            f"'{text[start:end]}' is health and care jargon that many readers will not know.",
            term.plain,
        )
        for start, end, term in hits
        if term.term.lower() not in defined and not shield.covers(start, end)
    ]


def _indexed(g: Glossary, key: str) -> bool:
    return key in g.by_first_word or (key.endswith("s") and key[:-1] in g.by_first_word)


def _longest(
    glossaries: list[Glossary], key: str, text: str, at: int
) -> tuple[re.Match[str], Term] | None:
    """Return the longest glossary term starting at this word, programme terms first."""
    for g in glossaries:
        found = g.by_first_word.get(key) or (key.endswith("s") and g.by_first_word.get(key[:-1]))
        for term in found or ():
            if match := term.pattern.match(text, at):
                return match, term
    return None


def _is_defined(text: str, start: int, end: int) -> bool:
    """Return True when the words around a term explain what it means."""
    if _DEFINED_AFTER.match(text, end):
        return True
    return bool(_BY_WE_MEAN.search(text, max(0, start - 6), start)) and bool(
        re.match(r"[”\"’']?,?\s+we\s+mean\b", text[end : end + 20], re.IGNORECASE)
    )


def capitals(text: str) -> tuple[list[re.Match[str]], list[tuple[int, int]]]:
    """Split all-capital words into acronyms and runs of shouting (ordinary words in capitals)."""
    tokens = [m for m in ACRONYM.finditer(text) if _looks_capital(m.group())]
    runs: list[list[re.Match[str]]] = []
    for token in tokens:
        if runs and _RUN_GAP.fullmatch(text, runs[-1][-1].end(), token.start()):
            runs[-1].append(token)
        else:
            runs.append([token])
    acronyms, loud = [], []
    for run in runs:
        words = [m.group() for m in run]
        if any(w in LOUD or (len(w) >= 6 and w.isalpha()) for w in words) or len(run) >= 3:
            loud.append((run[0].start(), run[-1].end()))
        else:
            acronyms.extend(run)
    return acronyms, loud


def _looks_capital(token: str) -> bool:
    upper = sum(c.isupper() for c in token)
    lower = sum(c.islower() for c in token)
    digits = sum(c.isdigit() for c in token)
    return upper >= 2 and upper > lower and digits <= upper and not _ROMAN.fullmatch(token)


def find_acronyms(
    text: str, acronyms: list[re.Match[str]], shield: Shield, extra: Glossary | None
) -> list[Finding]:
    """Return the first use of each acronym that comes before it is spelt out."""
    glossaries = [g for g in (extra, glossary()) if g is not None]
    first: dict[str, re.Match[str]] = {}
    spelt: dict[str, int] = {}
    for match in acronyms:
        key = _key(match.group())
        if key in WELL_KNOWN or key.split("-")[0] in WELL_KNOWN:
            continue
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        in_brackets = (before, after) == ("(", ")")  # "Full Name (ACR)"
        if key not in spelt and (in_brackets or _SPELT_AFTER.match(text, match.end())):
            spelt[key] = match.start()
        if key not in first and not shield.covers(match.start(), match.end()):
            first[key] = match
    findings = []
    for key, match in first.items():
        if key in spelt and spelt[key] <= match.start():
            continue
        term = next((g.acronyms[key] for g in glossaries if key in g.acronyms), None)
        findings.append(
            Finding(
                match.start(),
                match.end(),
                "acronym",
                "jargon",
                "medium",
                f"'{match.group()}' is not spelt out where it is first used.",
                term.plain
                if term
                else "Write it out in full the first time, then the short form in brackets.",
            )
        )
    return findings


def _key(token: str) -> str:
    """Return the acronym without a plural s: GPs -> GP."""
    return token[:-1] if token.endswith("s") and token[:-1].isupper() else token
