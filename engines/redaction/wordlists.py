"""The word lists shipped in data/, read once per process.

first_names.txt and surnames.txt are built from Faker by data/build_word_lists.py;
extra_first_names.txt (short forms such as "Kev") and ambiguous_names.txt are written by
hand. Everything is looked up in lower case.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def words(text: str) -> frozenset[str]:
    """Return the words of a space-separated string, for the short lists kept in code."""
    return frozenset(text.split())


def _read(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@cache
def first_names() -> frozenset[str]:
    """First names that count as a name wherever they are capitalised."""
    return first_names_all() - ambiguous_names()


@cache
def first_names_all() -> frozenset[str]:
    return _read("first_names.txt") | _read("extra_first_names.txt") | _read("ambiguous_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _read("surnames.txt")


@cache
def common_words() -> frozenset[str]:
    return _read("common_words.txt")


@cache
def ambiguous_names() -> frozenset[str]:
    """First names that are also everyday words, months or places: they need context."""
    listed = _read("first_names.txt") | _read("extra_first_names.txt")
    return _read("ambiguous_names.txt") | (listed & common_words())
