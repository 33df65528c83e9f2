"""People's names: staff and patients named in feedback ("Nurse Julie was lovely").

A capitalised word is a name when it is a known first name that is not also an everyday
word, or when context says so: a title before it (Dr, Nurse, Mrs, Sister, the OT ...),
an introduction ("my name is", "thanks to", "spoke to"), a known surname or "the
receptionist" after it, or "and" beside another name. Words that start a place ("St
Mary's", "Queen Elizabeth", "James Cook Hospital", "Amber ward") are not names. A surname
or middle name after a first name joins the span. The title stays outside the span, so
the redacted text still reads "Nurse [NAME] was lovely". Lower-case names count after a
title or an introduction, or alone from a writer who capitalises nothing else.
"""

from __future__ import annotations

from . import wordlists
from .name_context import DAYS, PARTICLES, PLACE_AFTER, POSSESSIVE, TITLES, Comment
from .spans import NAME, Span

MIN_LOWER_CASE_NAME = 4  # "rob", "dot" and "col" are words too often to count alone
MAX_EXTRA_WORDS = 2


def names(text: str) -> list[Span]:
    """Find people's names."""
    if not text:
        return []
    doc = Comment(text)
    taken: list[tuple[int, int]] = []  # first and last word of each name found
    i = 0
    while i < len(doc.words):
        if _name_starts(doc, i) and not doc.place(i):
            end = _extend(doc, i)
            taken.append((i, end))
            i = end
        i += 1
    return [_span(doc, first, last) for first, last in _coordinated(doc, taken)]


def _name_starts(doc: Comment, i: int) -> bool:
    word, lower = doc.words[i][0], doc.lower(i)
    if lower in TITLES or lower in DAYS or lower in PLACE_AFTER:
        return False
    common = lower in wordlists.common_words()
    known = lower in wordlists.first_names_all() or lower in wordlists.surnames()
    if doc.after_title(i):
        if len(word) == 1:
            return doc.initial(i)
        if lower in PARTICLES:
            return doc.particles_then_name(i)
        if doc.capitalised(i):
            return known or not common
        return lower in wordlists.first_names() or (lower in wordlists.surnames() and not common)
    if not doc.capitalised(i) or len(word) == 1:
        if lower not in wordlists.first_names():
            return False
        alone = len(lower) >= MIN_LOWER_CASE_NAME and doc.lower_case_writer
        return alone or doc.introduced(i)
    if lower in wordlists.first_names():
        return True
    if doc.introduced(i) or doc.after_role(i):
        return known or not common
    return lower in wordlists.ambiguous_names() and (doc.surname_after(i) or doc.role_after(i))


def _extend(doc: Comment, i: int) -> int:
    """Return the index of the last word of the name starting at word i."""
    end = i
    if doc.words[i][0].lower() in PARTICLES:
        while doc.words[end][0].lower() in PARTICLES:
            end += 1  # particles_then_name has checked a capitalised word follows
        return _extend(doc, end)
    while end + 1 < len(doc.words) and end - i < MAX_EXTRA_WORDS + (len(doc.words[i][0]) == 1):
        if not doc.next_to(end, end + 1) or not doc.capitalised(end + 1):
            break
        if POSSESSIVE.search(doc.words[end][0]):
            break
        word = doc.lower(end + 1)
        known = word in wordlists.surnames() or word in wordlists.first_names_all()
        if word in TITLES or word in PLACE_AFTER or word in DAYS:
            break
        if not known and (word in wordlists.common_words() or len(word) == 1):
            break
        end += 1
    return end


def _coordinated(doc: Comment, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add a capitalised word joined by "and" to a found name, unless it is an everyday word.

    "Dave and Mel" names Mel even though Mel is not in the lists; "Grace and Julie" names
    Grace even though grace is also a word.
    """
    found = set()
    for first, last in taken:
        for j, link in ((first - 2, first - 1), (last + 2, last + 1)):
            if not 0 <= j < len(doc.words) or doc.words[link][0].lower() != "and":
                continue
            if (
                not doc.capitalised(j)
                or doc.place(j)
                or not doc.next_to(min(j, link), max(j, link))
            ):
                continue
            lower = doc.lower(j)
            if lower in wordlists.ambiguous_names() or lower not in wordlists.common_words():
                found.add((j, j))
    return sorted(set(taken) | found)


def _span(doc: Comment, first: int, last: int) -> Span:
    end_word, _, end = doc.words[last]
    possessive = POSSESSIVE.search(end_word)
    if possessive:
        end -= len(possessive.group(0))
    return Span(doc.words[first][1], end, NAME)
