"""Split text into sentences and words, and find the spans no rule should flag.

Protected spans are where a finding would be a false alarm: quoted text (someone's own
words), organisation names (capitalised runs such as "North West London Integrated Care
Board"), web and email addresses, and code in backticks.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass


def wordset(text: str) -> frozenset[str]:
    """Return the words of a space-separated list, for word lists kept readable in code."""
    return frozenset(text.split())


WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*")

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = wordset(
    "e.g i.e etc vs dr mr mrs ms prof st no nos fig cf approx dept al p pp vol ed eds"
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•–]|\d+[.)])\s)")
_LINE = re.compile(r"\n")
_SHORT_LINE = 45  # a line shorter than this without end punctuation is a heading

_QUOTED = re.compile(
    r"“[^”]{1,400}”|\"[^\"\n]{1,400}\"|‘[^‘’\n]{1,200}’(?![A-Za-z])|(?<![\w])'[^'\n]{1,200}'(?!\w)"
)
_ADDRESS = re.compile(
    r"(?<!\S)(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`[^`\n]{1,400}`"
)
# Runs of capitalised words, allowing small joining words inside (not at either end).
_NAME = re.compile(
    r"(?<![\w’'&-])(?:[A-Z][\w’'&-]*)(?:[ \t]+(?:(?:of|and|for|the|in|on|&)[ \t]+)*[A-Z][\w’'&-]*)+"
)
_OPENERS = wordset(
    "The This That These Those A An Our Your Their Its In At On For Each Every All Some Any "
    "We You They It If When Where While As By To From With Please And But Or So Most Many "
    "Why How What Who Which Please Dear"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence, trimmed of surrounding space."""
    cuts = {0, len(text)}
    for match in _SENTENCE_END.finditer(text):
        word = re.search(r"([A-Za-z.]+)[.!?]*$", text[max(0, match.start() - 12) : match.start()])
        if text[match.start()] == "." and word and word.group(1).lower() in _ABBREVIATIONS:
            continue
        cuts.add(match.end())
    for match in _PARAGRAPH.finditer(text):
        cuts.update((match.start(), match.end()))
    for match in _LINE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()].strip()
        following = text[match.end() : match.end() + 40].lstrip()
        starts_anew = following[:1].isupper() or following[:1].isdigit() or following[:1] in '•“"-*'
        short = len(line) < _SHORT_LINE or line[-1] in ".!?:"
        if line and short and starts_anew and line[-1] not in ",;":
            cuts.add(match.end())
    bounds = sorted(cuts)
    spans = []
    for start, end in itertools.pairwise(bounds):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped and WORD.search(stripped):
            left = start + (len(piece) - len(piece.lstrip()))
            spans.append((left, left + len(stripped)))
    return spans


def protected(text: str) -> list[tuple[int, int]]:
    """Return sorted, merged spans that rules must leave alone."""
    spans = [m.span() for m in _QUOTED.finditer(text)]
    spans += [m.span() for m in _ADDRESS.finditer(text)]
    for match in _NAME.finditer(text):
        tokens = [
            (match.start() + m.start(), m.group()) for m in re.finditer(r"\S+", match.group())
        ]
        while tokens and (tokens[0][1] in _OPENERS or tokens[0][1].islower()):
            tokens.pop(0)
        if len(tokens) > 1 and tokens[1][1].islower() and _starts_sentence(text, tokens[0][0]):
            tokens.pop(0)  # "Stakeholders in NHS England": the first word is just capitalised
            while tokens and tokens[0][1].islower():
                tokens.pop(0)
        titled = [at for at, word in tokens if not word.removesuffix("s").isupper()]
        if len(tokens) < 2 or not titled:
            continue
        if len(titled) >= 2 or not _starts_sentence(text, titled[0]):
            spans.append((tokens[0][0], match.end()))
    return merge(spans)


def _starts_sentence(text: str, offset: int) -> bool:
    """Return True when the offset is the first word of a sentence or line."""
    before = text[:offset].rstrip()
    return not before or before[-1] in ".!?:\n"


def merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans sorted with overlapping ones joined."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


class Shield:
    """Answer quickly whether a span touches protected text."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def covers(self, start: int, end: int) -> bool:
        """Return True when start..end overlaps any protected span."""
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@dataclass(frozen=True)
class Tokens:
    """Every word of a text found once, shared by the rules so none scans the text again."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    lower: list[str]

    def count(self, start: int, end: int) -> int:
        """Return how many words start within start..end."""
        return bisect.bisect_left(self.starts, end) - bisect.bisect_left(self.starts, start)


def tokens(text: str) -> Tokens:
    """Return the words of a text with their positions."""
    matches = list(WORD.finditer(text))
    words = [m.group() for m in matches]
    return Tokens(
        [m.start() for m in matches], [m.end() for m in matches], words, [w.lower() for w in words]
    )
