"""Rule family 3: readability.

Long sentences (over 25 words, the Plain English Campaign's and GOV.UK's guide), long or
formal words with a plainer swap (data/plain_words.csv), passive voice (a form of "be" or
"get" followed by a past participle), nominalisations ("the implementation of" ->
"implementing"), words in capitals, and links that say "click here" (WCAG 2.4.4: link
text should say where it goes).
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from .report import Finding
from .text import WORD, Shield, wordset

LONG_SENTENCE = 25
VERY_LONG_SENTENCE = 40
PLAIN_WORDS = Path(__file__).with_name("data") / "plain_words.csv"

_IRREGULAR = (
    "known given made done taken seen shown held sent told found brought built paid set put "
    "kept led met run written chosen drawn spent left heard understood thought bought won lost "
    "begun spoken driven felt meant read cut hurt let shut taught caught sought withdrawn "
    "undertaken overseen forgotten hidden broken stolen sold"
)
# Past participles that usually describe a state, not an action done to someone.
_STATES = wordset(
    "based concerned interested pleased tired married related supposed used detailed "
    "experienced qualified skilled limited scared worried excited surprised bored satisfied "
    "disappointed retired disabled committed dedicated motivated engaged aged talented "
    "located situated entitled prepared determined involved devoted isolated"
)
PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)"
    r"(?:\s+(?:not|also|often|then|now|all|fully|currently|usually|always|still|being|"
    r"rarely|never|only|quickly|already|regularly))*"
    rf"\s+((?:[a-z]{2,}ed)|(?:{'|'.join(_IRREGULAR.split())}))\b",
    re.IGNORECASE,
)
_NOMINAL = {
    "implementation": "implementing",
    "development": "developing",
    "provision": "providing",
    "delivery": "delivering",
    "introduction": "introducing",
    "establishment": "setting up",
    "identification": "finding",
    "improvement": "improving",
    "management": "managing",
    "assessment": "assessing",
    "evaluation": "evaluating",
    "consideration": "considering",
    "completion": "finishing",
    "production": "producing",
    "creation": "creating",
    "reduction": "reducing",
    "expansion": "expanding",
    "utilisation": "using",
    "adoption": "adopting",
    "achievement": "achieving",
    "review": "reviewing",
    "recruitment": "recruiting",
    "co-ordination": "co-ordinating",
    "coordination": "co-ordinating",
    "investigation": "looking into",
    "allocation": "sharing out",
    "distribution": "sharing out",
    "facilitation": "helping",
    "enhancement": "improving",
    "maintenance": "keeping",
    "monitoring": "checking",
    "optimisation": "making the best of",
    "prioritisation": "putting first",
}
NOMINALISATION = re.compile(
    rf"\b(?:the|an?)\s+({'|'.join(_NOMINAL)})\s+of\b"
    r"|\b(?:make|makes|made|making|take|takes|took|taking)\s+(?:a|the)\s+(decisions?)\b"
    r"|\b(?:carry|carries|carried|carrying)\s+out\s+(?:an?|the)\s+(assessment|review|evaluation)"
    r"|\bgiv(?:e|es|en|ing)\s+(consideration)\s+to\b"
    r"|\b(?:reach|reached|reaching)\s+(?:an?\s+)?(agreement)\b"
    r"|\b(?:provide|provides|provided|providing)\s+(assistance|support)\s+to\b",
    re.IGNORECASE,
)
_PHRASE_VERBS = {
    "decision": "decide",
    "decisions": "decide",
    "assessment": "assess",
    "review": "review",
    "evaluation": "evaluate",
    "consideration": "consider",
    "agreement": "agree",
    "assistance": "help",
    "support": "support",
}
CLICK_HERE = re.compile(
    r"\bclick\s+(?:here|this\s+link|on\s+this\s+link|below)\b|\[(?:here|click here|this link|link)\]\(",
    re.IGNORECASE,
)


@functools.cache
def _plain_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return the plain-word swaps as one expression and a look-up, built once."""
    with PLAIN_WORDS.open(encoding="utf-8", newline="") as handle:
        swaps = {r["word"].lower(): r["plain"] for r in csv.DictReader(handle)}
    words = sorted(swaps, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE), swaps


def find(
    text: str, sentences: list[tuple[int, int]], loud: list[tuple[int, int]], shield: Shield
) -> tuple[list[Finding], int]:
    """Return readability findings and the number of sentences written in the passive."""
    findings = [_long(text, s, e) for s, e in sentences if _count(text, s, e) > LONG_SENTENCE]
    passives = [m for m in PASSIVE.finditer(text) if _is_passive(m, shield)]
    for match in passives:
        findings.append(_finding(match, "passive", "low", _PASSIVE_MESSAGE, None))
    expression, swaps = _plain_words()
    for match in expression.finditer(text):
        if not shield.covers(*match.span()):
            plain = swaps[" ".join(match.group().lower().split())]
            message = f"'{match.group()}' is a long or formal word; a shorter one is clearer."
            findings.append(_finding(match, "long-word", "low", message, plain))
    for match in NOMINALISATION.finditer(text):
        if not shield.covers(*match.span()):
            findings.append(_nominalisation(match))
    for start, end in loud:
        if not shield.covers(start, end):
            message = "Words in capitals are harder to read and can feel like shouting."
            findings.append(Finding(start, end, "all-caps", "readability", "medium", message, None))
    for match in CLICK_HERE.finditer(text):
        message = "Link text should say where the link goes, not 'click here'."
        suggestion = "Use the name of the page or document as the link text."
        findings.append(_finding(match, "click-here", "high", message, suggestion))
    return findings, _passive_sentences(sentences, passives)


_PASSIVE_MESSAGE = "This is in the passive voice; say who does what."


def _count(text: str, start: int, end: int) -> int:
    return sum(1 for _ in WORD.finditer(text, start, end))


def _long(text: str, start: int, end: int) -> Finding:
    words = _count(text, start, end)
    severity = "medium" if words > VERY_LONG_SENTENCE else "low"
    message = f"This sentence has {words} words; aim for {LONG_SENTENCE} or fewer."
    return Finding(start, end, "long-sentence", "readability", severity, message, None)


def _is_passive(match: re.Match[str], shield: Shield) -> bool:
    return match.group(1).lower() not in _STATES and not shield.covers(*match.span())


def _finding(match: re.Match[str], rule: str, severity: str, message: str, plain: str | None):
    return Finding(match.start(), match.end(), rule, "readability", severity, message, plain)


def _nominalisation(match: re.Match[str]) -> Finding:
    noun = next(g for g in match.groups() if g)
    verb = _NOMINAL.get(noun.lower()) or _PHRASE_VERBS[noun.lower()]
    message = f"'{match.group()}' hides the action in a noun; use the verb."
    return _finding(match, "nominalisation", "low", message, verb)


def _passive_sentences(sentences: list[tuple[int, int]], passives: list[re.Match[str]]) -> int:
    starts = sorted(m.start() for m in passives)
    count, i = 0, 0
    for start, end in sentences:
        while i < len(starts) and starts[i] < start:
            i += 1
        if i < len(starts) and starts[i] < end:
            count += 1
    return count
