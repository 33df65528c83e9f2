"""Classify a stream of comments chunk by chunk, each distinct comment only once.

Big runs repeat themselves, so results are remembered by normalised text across chunks
(up to a limit, to keep memory bounded) and copies are counted back into every row.
Only one chunk of text is held at a time. With survey context, a comment is only the
same as another given the same rating and question.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from .context import Context
from .dedupe import distinct
from .model import Model, Predictions

CHUNK = 5_000
REMEMBER = 500_000
READINGS = ("auto", "fast", "deep")
# The deep reading reads about 150 distinct comments a second on 2 cores, so up to this
# many comments it takes about a minute more at most; bigger runs get the fast reading,
# which keeps 250,000 comments well under five minutes (ADR-011).
DEEP_LIMIT = 10_000


def wants_deep(reading: str, comments: int) -> bool:
    """Say whether a run of this many comments should use the deep reading."""
    if reading not in READINGS:
        raise ValueError(f"reading must be one of {', '.join(READINGS)}, not {reading!r}")
    return reading == "deep" or (reading == "auto" and comments <= DEEP_LIMIT)


@dataclass
class Tally:
    """How much work a run did: rows seen and distinct comments actually classified."""

    rows: int = 0
    classified: int = 0

    @property
    def duplicates(self) -> int:
        return self.rows - self.classified


class StreamingClassifier:
    """Classifies chunks of comments, skipping any comment it has already classified."""

    def __init__(self, model: Model, remember: int = REMEMBER, deep: bool = False):
        self.model = model
        self.remember = remember
        self.deep = deep and model.reads_deeply
        self.known: dict[str, tuple[bytes, int, int]] = {}
        self.tally = Tally()

    def classify(self, texts: list[str], context: Context | None = None) -> Predictions:
        """Return predictions for every text in the chunk, copies counted back."""
        unique = distinct(texts, context.keys() if context is not None else None)
        count, n_themes = len(unique.texts), len(self.model.framework.themes)
        labels = np.zeros((count, n_themes), dtype=np.int8)
        five = np.zeros(count, dtype=np.int8)
        three = np.zeros(count, dtype=np.int8)
        fresh = []
        for i, key in enumerate(unique.keys):
            known = self.known.get(key)
            if known is None:
                fresh.append(i)
            else:
                packed, five[i], three[i] = known
                labels[i] = np.frombuffer(packed, dtype=np.int8)
        if fresh:
            fresh_context = None
            if context is not None:
                fresh_context = context.rows(unique.first_rows()[fresh].tolist())
            new = self.model.predict([unique.texts[i] for i in fresh], fresh_context, self.deep)
            labels[fresh], five[fresh], three[fresh] = new.labels, new.sentiment5, new.sentiment3
            room = max(0, self.remember - len(self.known))
            for row, i in enumerate(fresh[:room]):
                self.known[unique.keys[i]] = (
                    new.labels[row].tobytes(),
                    int(new.sentiment5[row]),
                    int(new.sentiment3[row]),
                )
        self.tally.rows += len(texts)
        self.tally.classified += len(fresh)
        return Predictions(unique.expand(labels), unique.expand(five), unique.expand(three))


def chunks(texts: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    """Yield lists of at most size texts."""
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
