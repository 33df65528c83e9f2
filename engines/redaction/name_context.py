"""The context that makes a word a person's name, or a place: titles, roles, introductions.

Kept apart from names.py, which walks a comment word by word and asks these questions.
"""

from __future__ import annotations

import re
import unicodedata

from . import wordlists
from .wordlists import words

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # letters of any alphabet: Siân, Zoë
_PRONOUN_I = re.compile(r"I(?:['’](?:m|ve|d|ll))?$")
_ACRONYM = re.compile(r"[A-Z]{2}")  # "Trent PTS", "Desmond NHS": a service, not a person
POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
PARTICLES = words("van der de den von da di du le la al el bin ap")
TITLES = words("dr doctor nurse mr mrs ms miss mx sister matron sir dame prof professor")
ROLES = words(
    "ot physio paramedic midwife consultant carer receptionist hca therapist psychologist "
    "psychiatrist counsellor gp pharmacist porter driver technician mum dad son daughter "
    "husband wife brother partner friend nan grandma grandad auntie uncle"
)
_INTRODUCTION = re.compile(
    r"(?:name is|name's|names|called|thanks? (?:you )?(?:so much )?(?:to )?|mention (?:to|of)"
    r"|shout ?out to|ask(?:ed)? for|spoke (?:to|with)|speak to|seen by|looked after by"
    r"|treated by|cared for by|helped by)\s*,?\s*$",
    re.IGNORECASE,
)
_PLACE_BEFORE = words("st saint queen king prince princess royal lady mount port")
PLACE_AFTER = words(
    "hospital hospitals infirmary ward wards unit centre center house trust practice surgery "
    "clinic hospice lodge court road street avenue lane close drive way crescent place gardens "
    "grove terrace hall school college university building wing suite team service services "
    "health healthcare medical nhs foundation park village estate memorial general community "
    "hub department station hotel church home view course programme group groups"
)
_PLACES = frozenset(
    {
        ("james", "cook"),
        ("james", "paget"),
        ("john", "radcliffe"),
        ("william", "harvey"),
        ("george", "eliot"),
        ("alder", "hey"),
        ("diana", "princess"),
    }
)
DAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def titlecase(word: str) -> bool:
    if len(word) == 1:
        return word.isupper()
    return word[0].isupper() and not word.isupper()


class Comment:
    """One comment split into words, answering the questions the name rules ask of a word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.shouting = not any(c.islower() for c in text)
        self._lower_case_writer: bool | None = None

    def lower(self, i: int) -> str:
        """Return word i in lower case without accents or 's, as the word lists hold it."""
        word = POSSESSIVE.sub("", self.words[i][0]).lower()
        if word.isascii():
            return word
        return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()

    @property
    def lower_case_writer(self) -> bool:
        """Return True when the writer capitalises nothing but sentence starts and "I".

        Such a writer types names in lower case too ("julie on reception was great").
        """
        if self._lower_case_writer is None:
            self._lower_case_writer = not any(
                word[0].isupper() and not _PRONOUN_I.match(word) and not self._starts(start)
                for word, start, _ in self.words
            )
        return self._lower_case_writer

    def _starts(self, start: int) -> bool:
        """Return True when the word at start begins the text or a sentence."""
        at = start - 1
        while at >= 0 and self.text[at].isspace():
            at -= 1
        return at < 0 or self.text[at] in ".!?"

    def next_to(self, i: int, j: int) -> bool:
        gap = self.text[self.words[i][2] : self.words[j][1]]
        abbreviation = gap == ". " and len(self.words[i][0]) <= 4  # "Dr. Patel", "J. Smith"
        return gap == " " or abbreviation

    def capitalised(self, i: int) -> bool:
        word = self.words[i][0]
        return titlecase(word) or (self.shouting and word.isupper() and len(word) > 2)

    def after_title(self, i: int) -> bool:
        return i > 0 and self.words[i - 1][0].lower() in TITLES and self.next_to(i - 1, i)

    def after_role(self, i: int) -> bool:
        return i > 0 and self.words[i - 1][0].lower() in ROLES and self.next_to(i - 1, i)

    def introduced(self, i: int) -> bool:
        """Return True after "my name is", "thanks to", "spoke to" and the like."""
        start = self.words[i][1]
        return bool(_INTRODUCTION.search(self.text, max(0, start - 30), start))

    def initial(self, i: int) -> bool:
        """Return True for an initial before a surname, as in "Dr J Smith" (not "Dr I saw")."""
        word = self.words[i][0]
        if word == "I" or not word.isupper() or i + 1 >= len(self.words):
            return False
        following = self.words[i + 1][0]
        return self.next_to(i, i + 1) and titlecase(following) and len(following) > 1

    def particles_then_name(self, i: int) -> bool:
        """Return True for "Dr van der Berg": particles, then a capitalised surname."""
        j = i
        while j + 1 < len(self.words) and self.next_to(j, j + 1):
            j += 1
            if self.capitalised(j):
                return True
            if self.words[j][0].lower() not in PARTICLES:
                return False
        return False

    def surname_after(self, i: int) -> bool:
        """Return True for "Will Smith": a capitalised known surname straight after."""
        if i + 1 >= len(self.words) or not self.next_to(i, i + 1) or not self.capitalised(i + 1):
            return False
        following = self.words[i + 1][0].lower()
        return following in wordlists.surnames() and following not in PLACE_AFTER

    def role_after(self, i: int) -> bool:
        """Return True for "Jan the receptionist": the word is followed by the person's role."""
        if i + 2 >= len(self.words) or self.words[i + 1][0].lower() != "the":
            return False
        role = self.words[i + 2][0].lower()
        return role in ROLES or role in TITLES

    def place(self, i: int) -> bool:
        """Return True when the word starts or continues the name of a place or service."""
        if i and self.next_to(i - 1, i) and self.words[i - 1][0].lower() in _PLACE_BEFORE:
            return True
        for j in range(i + 1, min(i + 4, len(self.words))):
            if not self.next_to(j - 1, j):
                break
            word = self.words[j][0]
            if word.lower() in PLACE_AFTER or (_ACRONYM.match(word) and not self.shouting):
                return True
            if not self.capitalised(j):
                break
        return tuple(w[0].lower() for w in self.words[i : i + 2]) in _PLACES
