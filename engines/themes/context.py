"""Survey context beside a comment: the rating the person gave and the question they answered.

Friends and Family Test exports always carry both, and they say a lot about feeling that
the words alone do not: "Nothing" answering "How could we improve?" is praise, and a
"very poor" rating rarely comes with a positive comment. Context is optional: a model
learns from it when its training data has it, and a comment that comes without it is
scored from its words alone (see model.py).

Features: one-hot rating, question and rating-with-question, plus the comment's own text
features repeated once per common question (scaled down), so a word can weigh differently
under "What was good?" and under "How could we improve?". Unknown values add nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.preprocessing import OneHotEncoder

# The FFT's own words for its answers, so an export with words instead of numbers reads alike.
FFT_ANSWERS = {
    "very good": "1",
    "good": "2",
    "neither good nor poor": "3",
    "poor": "4",
    "very poor": "5",
    "don't know": "6",
    "dont know": "6",
}
CROSS_SCALE = 0.5  # 5-fold CV on the NHS file: 0.3-0.6 within 0.003 of each other
MIN_FOR_CROSSING = 30  # a question needs this many training comments to get its own words


@dataclass
class Context:
    """Per comment: the rating given and the question answered ("" where not known)."""

    ratings: list[str]
    questions: list[str]

    @classmethod
    def read(cls, ratings: list[str], questions: list[str]) -> Context:
        """Return context from raw cells, normalised so spelling differences do not count."""
        return cls([rating(c) for c in ratings], [question(c) for c in questions])

    @classmethod
    def blank(cls, count: int) -> Context:
        return cls([""] * count, [""] * count)

    def known(self) -> np.ndarray:
        """Return a mask of the comments with any context at all."""
        return np.array([bool(r or q) for r, q in zip(self.ratings, self.questions, strict=True)])

    def rows(self, at) -> Context:
        return Context([self.ratings[i] for i in at], [self.questions[i] for i in at])

    def __add__(self, other: Context) -> Context:
        return Context(self.ratings + other.ratings, self.questions + other.questions)

    def keys(self) -> list[str]:
        """Return one string per comment, to tell identical texts in different context apart."""
        return [f"{r}\x1f{q}" for r, q in zip(self.ratings, self.questions, strict=True)]


def rating(cell: str | None) -> str:
    """Return a rating as compared: '1.0' and '1' alike, FFT words as their numbers."""
    text = " ".join((cell or "").split()).casefold().replace("’", "'")
    if re.fullmatch(r"\d+(\.0+)?", text):
        return str(int(float(text)))
    return FFT_ANSWERS.get(text, text)


def question(cell: str | None) -> str:
    """Return a question as compared: case folded, whitespace collapsed."""
    return " ".join((cell or "").split()).casefold()


class ContextFeatures:
    """Turns context and text features into the extra columns a context-aware model reads."""

    def fit(self, context: Context) -> ContextFeatures:
        self.encoder = OneHotEncoder(handle_unknown="ignore", dtype=np.float32)
        self.encoder.fit(_table(context))
        counts: dict[str, int] = {}
        for asked in context.questions:
            counts[asked] = counts.get(asked, 0) + 1
        self.crossed = sorted(q for q, n in counts.items() if q and n >= MIN_FOR_CROSSING)
        return self

    def transform(self, context: Context, text: sparse.spmatrix) -> sparse.csr_matrix:
        """Return text features beside the context columns and the per-question text copies."""
        asked = np.array(context.questions, dtype=object)
        copies = [
            sparse.diags((asked == q).astype(np.float32) * CROSS_SCALE) @ text for q in self.crossed
        ]
        encoded = self.encoder.transform(_table(context))
        return sparse.hstack([text, encoded, *copies], format="csr", dtype=np.float32)


def _table(context: Context) -> np.ndarray:
    ratings = np.array(context.ratings, dtype=object)
    questions = np.array(context.questions, dtype=object)
    both = np.array([f"{r}|{q}" for r, q in zip(ratings, questions, strict=True)], dtype=object)
    table = np.column_stack([ratings, questions, both]) if len(ratings) else np.empty((0, 3))
    table[table == ""] = "(none)"
    table[table == "|"] = "(none)"
    return table.astype(str)
