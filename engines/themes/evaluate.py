"""Cross-validated quality: how well the model does on comments it was not trained on.

The labelled file is cut into five parts (stratified on each comment's rarest theme, so
rare themes appear in every part where they can); a model is trained on four parts,
thresholds tuned inside those four only, and scored on the fifth. Reported: macro F1
(the mean over themes, so rare themes count as much as common ones) and micro F1 (over
all theme decisions), with and without "Labelling not possible" (in the NHS data it is
almost always the placeholder "Did not answer", which is trivially right), and
sentiment accuracy at three and five levels. Where the examples carry survey context
(rating and question), sentiment is scored twice: with it, and from the text alone, as
for a file classified without context columns.

A labelled file the model never saw (a held-out part) is scored directly instead: the
trained model classifies it and the same figures are reported (score_held_out).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold

from .errors import ThemesError
from .framework import NOT_LABELLABLE, Examples
from .model import Model, fit_reading
from .sentiment import fold

FOLDS = 5
SEED = 42


@dataclass
class Quality:
    """Cross-validated figures, overall and per theme."""

    macro_f1: float
    micro_f1: float
    macro_f1_without: float | None
    micro_f1_without: float | None
    per_theme: dict[str, tuple[float, int]] = field(default_factory=dict)
    sentiment3_accuracy: float | None = None
    sentiment5_accuracy: float | None = None
    sentiment5_macro_f1: float | None = None
    comments: int = 0
    rated: int = 0
    # The same three sentiment figures from the text alone, where the examples have context.
    text_only: tuple[float, float, float] | None = None
    method: str = f"{FOLDS}-fold cross-validation"

    def lines(self) -> list[str]:
        """Return the figures as plain lines for a person to read."""
        lines = [
            f"{self.comments:,} comments, {self.method}",
            f"Themes, all: macro F1 {self.macro_f1:.3f}, micro F1 {self.micro_f1:.3f}",
        ]
        if self.macro_f1_without is not None:
            lines.append(
                f"Themes without {NOT_LABELLABLE!r}: macro F1 {self.macro_f1_without:.3f}, "
                f"micro F1 {self.micro_f1_without:.3f}"
            )
        if self.sentiment3_accuracy is not None:
            scores = (self.sentiment3_accuracy, self.sentiment5_accuracy, self.sentiment5_macro_f1)
            with_context = " with rating and question" if self.text_only else ""
            lines.append(_sentiment_line(f"{self.rated:,} rated comments{with_context}", scores))
        if self.text_only:
            lines.append(_sentiment_line("text alone", self.text_only))
        lines += [f"  {f1:.2f}  {theme} ({n})" for theme, (f1, n) in self.per_theme.items()]
        return lines


def cross_validate(
    examples: Examples, folds: int = FOLDS, seed: int = SEED, deep: bool = False
) -> Quality:
    """Return the quality of one reading (fast, or deep) on held-out parts of the examples."""
    if folds > len(examples.texts):
        raise ThemesError(
            f"{len(examples.texts):,} labelled comments cannot be cut into {folds} folds; "
            f"use {len(examples.texts)} or fewer (5 or 10 is usual)."
        )
    truth = examples.labels
    guessed = np.zeros_like(truth)
    five, three, five_alone, three_alone = np.zeros((4, len(examples.texts)), dtype=np.int8)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    for train_rows, test_rows in splitter.split(examples.texts, strata(truth, folds)):
        model = fit_reading(examples.rows(train_rows), deep=deep)
        held_out = examples.rows(test_rows)
        predicted = model.predict(held_out.texts, held_out.context)
        guessed[test_rows] = predicted.labels
        five[test_rows], three[test_rows] = predicted.sentiment5, predicted.sentiment3
        alone = model.predict(held_out.texts) if examples.context is not None else predicted
        five_alone[test_rows], three_alone[test_rows] = alone.sentiment5, alone.sentiment3
    quality = _score(examples, guessed, five, three)
    quality.method = f"{folds}-fold cross-validation, {_reading(deep)}"
    if examples.context is not None and quality.rated:
        quality.text_only = _sentiment_scores(examples.sentiment, five_alone, three_alone)
    return quality


def score_held_out(model: Model, examples: Examples, seen: int = 0, deep: bool = True) -> Quality:
    """Return the trained model's quality on labelled comments it did not learn from.

    seen: how many of them were in the model's training data after all, to say so.
    deep: score the deep reading where the model has it (else the fast one).
    """
    if model.framework.themes != examples.framework.themes:
        missing = [t for t in examples.framework.themes if t not in model.framework.themes]
        raise ThemesError(
            f"The model knows {len(model.framework.themes)} themes and the file has "
            f"{len(examples.framework.themes)}; they must be the same, in the same order"
            + (f" (the model lacks {', '.join(repr(t) for t in missing[:3])})." if missing else ".")
        )
    deep = deep and model.reads_deeply
    predicted = model.predict(examples.texts, examples.context, deep)
    quality = _score(examples, predicted.labels, predicted.sentiment5, predicted.sentiment3)
    quality.method = (
        f"held out, scored by the {_reading(deep)} of a model trained on {model.examples:,}"
    )
    if seen:
        quality.method += f" ({seen:,} of them are in its training data: figures flattered)"
    if examples.context is not None and quality.rated:
        alone = model.predict(examples.texts, deep=deep)
        levels = examples.sentiment
        quality.text_only = _sentiment_scores(levels, alone.sentiment5, alone.sentiment3)
    return quality


def _reading(deep: bool) -> str:
    return "deep reading" if deep else "fast reading"


def strata(labels: np.ndarray, folds: int) -> np.ndarray:
    """Return a stratum per comment: its rarest theme, or a shared one where too rare."""
    frequency = labels.sum(axis=0)
    rarest = np.array(
        [
            int(np.flatnonzero(row)[np.argmin(frequency[np.flatnonzero(row)])]) if row.any() else -1
            for row in labels
        ]
    )
    sizes = Counter(rarest.tolist())
    pooled = sum(n for n in sizes.values() if n < folds)
    shared = -2 if pooled >= folds else sizes.most_common(1)[0][0]
    return np.array([r if sizes[r] >= folds else shared for r in rarest.tolist()])


def _score(examples: Examples, guessed, five, three) -> Quality:
    truth, themes = examples.labels, examples.framework.themes
    kept = [j for j, theme in enumerate(themes) if theme != NOT_LABELLABLE]
    has_not_labellable = len(kept) < len(themes)
    per_theme = f1_score(truth, guessed, average=None, zero_division=0)
    quality = Quality(
        macro_f1=float(f1_score(truth, guessed, average="macro", zero_division=0)),
        micro_f1=float(f1_score(truth, guessed, average="micro", zero_division=0)),
        macro_f1_without=float(
            f1_score(truth[:, kept], guessed[:, kept], average="macro", zero_division=0)
        )
        if has_not_labellable
        else None,
        micro_f1_without=float(
            f1_score(truth[:, kept], guessed[:, kept], average="micro", zero_division=0)
        )
        if has_not_labellable
        else None,
        per_theme={
            theme: (float(f1), int(n))
            for theme, f1, n in sorted(
                zip(themes, per_theme, truth.sum(axis=0), strict=True), key=lambda t: -t[1]
            )
        },
        comments=len(examples.texts),
    )
    rated = examples.sentiment > 0
    if rated.any() and (five[rated] > 0).all():
        quality.rated = int(rated.sum())
        (
            quality.sentiment3_accuracy,
            quality.sentiment5_accuracy,
            quality.sentiment5_macro_f1,
        ) = _sentiment_scores(examples.sentiment, five, three)
    return quality


def _sentiment_scores(levels, five, three) -> tuple[float, float, float]:
    """Return 3-level accuracy, 5-level accuracy and 5-level macro F1 on the rated comments."""
    rated = levels > 0
    actual = levels[rated]
    return (
        float(accuracy_score(fold(actual), three[rated])),
        float(accuracy_score(actual, five[rated])),
        float(f1_score(actual, five[rated], average="macro")),
    )


def _sentiment_line(about: str, scores: tuple[float, float, float]) -> str:
    return (
        f"Sentiment ({about}): 3-level accuracy {scores[0]:.3f}, "
        f"5-level accuracy {scores[1]:.3f}, 5-level macro F1 {scores[2]:.3f}"
    )
