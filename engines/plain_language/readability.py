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
from .text import Shield, Tokens, wordset

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
    "located situated entitled prepared determined involved devoted isolated delighted entrenched "
    "closed finished crowded complicated confused ashamed amazed annoyed frightened embarrassed "
    "relaxed stressed depressed"
)
PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)"
    r"(?:\s+(?:not|also|often|then|now|all|fully|currently|usually|always|still|being|"
    r"rarely|never|only|quickly|already|regularly))*"
    rf"\s+((?:[a-z]{{2,}}ed)|(?:{'|'.join(_IRREGULAR.split())}))\b",
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
    r"\bclick\s+(?:here|this\s+link|on\s+this\s+link|below)\b"
    r"|\[(?:here|click here|this link|link)\]\(",
    re.IGNORECASE,
)


_BE = wordset("am is are was were be been being get gets got gotten")
_NOMINAL_STARTS = wordset(
    "the a an make makes made making take takes took taking carry carries carried carrying "
    "give gives given giving reach reached reaching provide provides provided providing"
)


@functools.cache
def _plain_words() -> tuple[dict[str, str], re.Pattern[str], frozenset[str]]:
    """Return single-word swaps, an expression for the phrases and their first words."""
    with PLAIN_WORDS.open(encoding="utf-8", newline="") as handle:
        swaps = {r["word"].lower(): r["plain"] for r in csv.DictReader(handle)}
    phrases = sorted((w for w in swaps if " " in w), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in phrases)
    first = frozenset(w.split()[0] for w in phrases)
    return swaps, re.compile(rf"(?:{body})\b", re.IGNORECASE), first


def find(
    text: str,
    words: Tokens,
    sentences: list[tuple[int, int]],
    loud: list[tuple[int, int]],
    shield: Shield,
) -> tuple[list[Finding], int]:
    """Return readability findings and the number of sentences written in the passive."""
    findings = [_long(words.count(s, e), s, e) for s, e in sentences]
    findings = [f for f in findings if f is not None]
    passives: list[int] = []
    skip_to = 0
    for at, end, key in zip(words.starts, words.ends, words.lower, strict=True):
        if at < skip_to:
            continue
        found = _at_word(text, at, end, key, shield)
        if found and not shield.covers(found.start, found.end):
            findings.append(found)
            if found.rule == "passive":
                passives.append(at)
            else:
                skip_to = found.end
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


def _at_word(text: str, at: int, end: int, key: str, shield: Shield) -> Finding | None:
    """Return the passive, nominalisation or long word that starts at this word, if any."""
    swaps, phrases, phrase_starts = _plain_words()
    match = None
    if key in _BE and (match := PASSIVE.match(text, at)):
        if match.group(1).lower() in _STATES:
            return None
        return _finding(match, "passive", "low", _PASSIVE_MESSAGE, None)
    if key in _NOMINAL_STARTS and (match := NOMINALISATION.match(text, at)):
        return _nominalisation(match)
    if key in phrase_starts and (match := phrases.match(text, at)):
        phrase = " ".join(match.group().lower().split())
    elif key in swaps:
        phrase, match = key, None
    else:
        return None
    stop = match.end() if match else end
    message = f"'{text[at:stop]}' is a long or formal word; a shorter one is clearer."
    return Finding(at, stop, "long-word", "readability", "low", message, swaps[phrase])


def _long(words: int, start: int, end: int) -> Finding | None:
    if words <= LONG_SENTENCE:
        return None
    severity = "medium" if words > VERY_LONG_SENTENCE else "low"
    message = f"This sentence has {words} words; aim for {LONG_SENTENCE} or fewer."
    return Finding(start, end, "long-sentence", "readability", severity, message, None)


def _finding(match: re.Match[str], rule: str, severity: str, message: str, plain: str | None):
    return Finding(match.start(), match.end(), rule, "readability", severity, message, plain)


def _nominalisation(match: re.Match[str]) -> Finding:
    noun = next(g for g in match.groups() if g)
    verb = _NOMINAL[noun.lower()] if match.group(1) else _PHRASE_VERBS[noun.lower()]
    message = f"'{match.group()}' hides the action in a noun; use the verb."
    return _finding(match, "nominalisation", "low", message, verb)


def _passive_sentences(sentences: list[tuple[int, int]], passives: list[int]) -> int:
    """Return how many sentences hold at least one passive (both lists are in order)."""
    count, i = 0, 0
    for start, end in sentences:
        while i < len(passives) and passives[i] < start:
            i += 1
        if i < len(passives) and passives[i] < end:
            count += 1
    return count
