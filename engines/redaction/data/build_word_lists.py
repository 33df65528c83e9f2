"""Rebuild the word lists the name finder ships with (run by hand, never at run time).

    .venv/bin/python engines/redaction/data/build_word_lists.py

first_names.txt and surnames.txt come from Faker's person providers for the peoples of
the UK (English, Irish, Indian, Pakistani, Polish, Nigerian and New Zealand lists), so no
download is needed. common_words.txt holds lower-case words seen in real feedback
(../shared/data/feedback) and Faker's English word list: a first name that is also one of
those words ("Will", "Grace") is treated as ambiguous and needs context to count as a name.
"""

from __future__ import annotations

import csv
import importlib
import re
from pathlib import Path

HERE = Path(__file__).parent
FEEDBACK = HERE.parents[3] / "shared" / "data" / "feedback" / "nhs_fft_train.csv"
LOCALES = ("en_GB", "en_IE", "en_US", "en_NZ", "en_IN", "en_PK", "pl_PL", "yo_NG")
WORD = re.compile(r"^(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def _names(attribute_names: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in attribute_names:
            values = getattr(provider, attribute, ()) or ()
            names.update(v for v in values if WORD.match(v))
    return names


def _common_words() -> set[str]:
    from faker.providers.lorem.en_US import Provider

    words = {w for w in Provider.word_list if w.isalpha()}
    with FEEDBACK.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            words.update(w for w in re.findall(r"[A-Za-z]+", row["FFT answer"]) if w.islower())
    return words


def main() -> None:
    first = _names(("first_names", "first_names_male", "first_names_female"))
    last = _names(("last_names",))
    (HERE / "first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (HERE / "surnames.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")
    common = sorted(_common_words())
    (HERE / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} surnames, {len(common)} common words")


if __name__ == "__main__":
    main()
