"""Run every detector over a text, settle overlaps, and write the placeholders in.

Where two findings overlap, the more certain type wins (the order of spans.TYPES: an
email address beats the name inside it, an NHS number beats a phone reading of the same
digits), then the longer span. Detectors that need a digit or an "@" are skipped for
text without one, which is most feedback and keeps redaction fast.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .addresses import addresses
from .dates import dates_of_birth
from .identifiers import emails, nhs_numbers, ni_numbers, postcodes
from .names import names
from .phones import phones
from .spans import TYPES, Redacted, RedactionError, Span

_RANK = {kind: rank for rank, kind in enumerate(TYPES)}
_NEEDS_DIGITS = (nhs_numbers, ni_numbers, phones, postcodes, dates_of_birth, addresses)
_DIGITS = frozenset("0123456789")
PIECE = 10_000
_LEAD = re.compile(r"[+(]?\w+")  # the first word of a finding, as it starts in the text
_WORD_CHAR = re.compile(r"\w")


def find(text: str) -> tuple[Span, ...]:
    """Return the personal data in text, in order, no two spans overlapping.

    Long text (a 1 MB comment) is looked at in pieces of about PIECE characters, cut at a
    line break or a space, so each detector sees text the size it was built for.
    """
    if not isinstance(text, str):
        raise RedactionError(f"Expected text to redact, got {type(text).__name__}.")
    if len(text) <= PIECE:
        return _repeats(text, _settle(_find_in(text)))
    found: list[Span] = []
    for offset, piece in _pieces(text):
        found += [Span(s.start + offset, s.end + offset, s.type) for s in _find_in(piece)]
    return _repeats(text, _settle(found))


def _repeats(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Add every other whole-word copy of a found span's text, with the same type.

    "Thanks to Nurse Grace. Grace was lovely" has context only for the first Grace; once
    it is known to be a name, the second must go too, or the redacted text gives it away.
    Copies are looked for at the start of each word, by the span text's first word, so a
    1 MB comment with thousands of different findings is still read once.
    """
    if not spans:
        return spans
    kinds = {text[s.start : s.end]: s.type for s in spans}
    by_lead: dict[str, list[str]] = {}
    for piece in kinds:
        lead = _LEAD.match(piece)
        if lead:
            by_lead.setdefault(lead.group(0), []).append(piece)
    extra = []
    for word in _LEAD.finditer(text):
        for piece in by_lead.get(word.group(0), ()):
            end = word.start() + len(piece)
            if text.startswith(piece, word.start()) and not _WORD_CHAR.match(text, end):
                extra.append(Span(word.start(), end, kinds[piece]))
    if set(extra) <= set(spans):
        return spans
    return _settle([*spans, *extra])


def _find_in(text: str) -> list[Span]:
    found: list[Span] = []
    if not _DIGITS.isdisjoint(text):
        for detector in _NEEDS_DIGITS:
            found += detector(text)
    found += emails(text)
    found += names(text)
    return found


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) cutting text near every PIECE characters at a break."""
    at = 0
    while at < len(text):
        end = min(at + PIECE, len(text))
        if end < len(text):
            cut = max(
                text.rfind("\n", at + PIECE // 2, end), text.rfind(". ", at + PIECE // 2, end)
            )
            if cut < 0:
                cut = text.rfind(" ", at + PIECE // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield at, text[at:end]
        at = end


def _settle(spans: list[Span]) -> tuple[Span, ...]:
    """Keep the most certain, then the longest, of any overlapping findings."""
    if len(spans) < 2:
        return tuple(spans)  # one span, or none
    starts: list[int] = []  # kept spans, in order of start, as parallel lists for bisect
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (_RANK[s.type], s.start - s.end, s.start)):
        at = bisect.bisect_left(starts, span.start)
        clear_before = at == 0 or kept[at - 1].end <= span.start
        clear_after = at == len(kept) or span.end <= kept[at].start
        if clear_before and clear_after:
            starts.insert(at, span.start)
            kept.insert(at, span)
    return tuple(kept)


def redact(text: str) -> Redacted:
    """Return text with each piece of personal data replaced by its typed placeholder."""
    spans = find(text)
    if not spans:
        return Redacted(text, spans)
    pieces, at = [], 0
    for span in spans:
        pieces += [text[at : span.start], span.placeholder]
        at = span.end
    pieces.append(text[at:])
    return Redacted("".join(pieces), spans)
