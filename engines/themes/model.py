"""Train and apply a theme-and-sentiment model for one framework.

One vectoriser feeds both tasks: the per-theme linear models (several themes per
comment) and two sentiment models (five levels and three levels, each trained on its
own labels, since folding the five-level guess loses accuracy at the boundaries).
Where the training data has survey context (the rating given, the question answered),
a second pair of sentiment models learns from it too; comments that come with context
are scored by that pair, the rest by the text-only pair. Sentiment also reads the
comment's tone by rule (tone.py). Themes use the text alone: context and tone did not
help them (docs/benchmarks.md).

Two readings: the fast one above, and a deep one that also reads each comment whole with
a sentence encoder (encoder.py). The deep reading is better (docs/benchmarks.md) and about
twelve times slower, so it is trained beside the fast one when the encoder is installed
and used where a run is small enough (ADR-011); the fast one is what national-scale runs use.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import sklearn
from scipy import sparse
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from . import encoder, multilabel, tone
from .context import Context, ContextFeatures
from .errors import ThemesError
from .features import shorten, slim, vectoriser
from .framework import NOT_LABELLABLE, Examples, Framework
from .sentiment import fold

# 2: trained with the theme names as examples; 3: context, words seen once kept;
# 4: meaning (token embeddings) and tone (VADER) beside the TF-IDF features;
# 5: a deep reading (sentence encoder) beside the fast one; 6: it reads two layers
FORMAT_VERSION = "themes-6"
MIN_EXAMPLES = 5
SENTIMENT_C = 0.3  # chosen by 5-fold cross-validation on the NHS file (0.1 and 0.3 tried)
MIN_WITH_CONTEXT = 50  # rated comments with context needed to learn from context


@dataclass
class Predictions:
    """Per comment: a 0/1 row per theme, sentiment 1-5 and 0-2 (-1 where there is no text)."""

    labels: np.ndarray
    sentiment5: np.ndarray
    sentiment3: np.ndarray


@dataclass
class ContextSentiment:
    """Sentiment models (5 and 3 levels) that read the survey context beside the text."""

    features: ContextFeatures
    five: LinearSVC
    three: LinearSVC

    @classmethod
    def fit(cls, context: Context, text: sparse.spmatrix, levels: np.ndarray) -> ContextSentiment:
        features = ContextFeatures().fit(context)
        both = features.transform(context, text)
        five = _sentiment_model().fit(both, levels)
        return cls(features, five, _sentiment_model().fit(both, fold(levels)))

    def predict(self, context: Context, text: sparse.spmatrix) -> tuple[np.ndarray, np.ndarray]:
        both = self.features.transform(context, text)
        return self.five.predict(both), self.three.predict(both)


@dataclass
class Model:
    """A trained model and what it was trained on, so a stale one can be spotted on load."""

    framework: Framework
    vectoriser: FeatureUnion
    themes: multilabel.LinearThemes
    sentiment5: LinearSVC | None
    sentiment3: LinearSVC | None
    data_hash: str
    examples: int
    with_context: ContextSentiment | None = None
    deep: Model | None = None
    format_version: str = FORMAT_VERSION
    sklearn_version: str = field(default=sklearn.__version__)

    @property
    def reads_deeply(self) -> bool:
        """Say whether the deep reading can be used: trained, and its encoder installed."""
        return self.deep is not None and encoder.installed()

    def predict(
        self, texts: list[str], context: Context | None = None, deep: bool = False
    ) -> Predictions:
        """Return themes and sentiment for each text; blank texts get no theme or sentiment.

        Context (optional, one entry per text) refines sentiment where the model learnt it.
        deep asks for the deep reading, where reads_deeply (else the fast one answers).
        """
        if deep and self.reads_deeply:
            return self.deep.predict(texts, context)
        blank = np.array([not text.strip() for text in texts], dtype=bool)
        features = self.vectoriser.transform(shorten(texts))
        labels = self.themes.predict(features)
        labels[blank] = 0
        if NOT_LABELLABLE in self.framework.themes:
            labels[blank, self.framework.themes.index(NOT_LABELLABLE)] = 1
        five = np.full(len(texts), -1, dtype=np.int8)
        three = np.full(len(texts), -1, dtype=np.int8)
        if self.sentiment5 is not None and len(texts):
            features = tone.beside(features, texts)
            five[:] = self.sentiment5.predict(features)
            three[:] = self.sentiment3.predict(features)
            if context is not None and self.with_context is not None:
                known = np.flatnonzero(context.known() & ~blank)
                if len(known):
                    five[known], three[known] = self.with_context.predict(
                        context.rows(known), features[known]
                    )
            five[blank], three[blank] = -1, -1
        return Predictions(labels, five, three)


def train(
    examples: Examples, min_examples: int = MIN_EXAMPLES, tune: bool = True, deep: bool = True
) -> Model:
    """Return a model trained on the examples; say plainly if there are too few of them.

    With deep (and the encoder installed) the deep reading is trained beside the fast one.
    """
    check_enough(examples, min_examples)
    model = fit_reading(examples, tune=tune)
    if deep and encoder.installed():
        model.deep = fit_reading(examples, tune=tune, deep=True)
    return model


def fit_reading(examples: Examples, tune: bool = True, deep: bool = False) -> Model:
    """Return one reading (fast, or deep with the sentence encoder) trained on the examples."""
    seeded = with_theme_names(examples)
    fitted = vectoriser(deep=deep)
    features = fitted.fit_transform(shorten(seeded.texts))
    slim(fitted)
    themes = multilabel.fit(features, seeded.labels, tune=tune)
    sentiment5 = sentiment3 = with_context = None
    rated = seeded.sentiment > 0
    if len(set(seeded.sentiment[rated].tolist())) >= 2:
        features = tone.beside(features, seeded.texts)
        sentiment5 = _sentiment_model().fit(features[rated], seeded.sentiment[rated])
        sentiment3 = _sentiment_model().fit(features[rated], fold(seeded.sentiment[rated]))
        with_context = _context_sentiment(seeded, features)
    return Model(
        examples.framework,
        fitted,
        themes,
        sentiment5,
        sentiment3,
        data_hash(examples),
        len(examples.texts),
        with_context,
    )


def _context_sentiment(seeded: Examples, features) -> ContextSentiment | None:
    """Return context-aware sentiment models, if enough rated comments carry context."""
    if seeded.context is None:
        return None
    usable = np.flatnonzero((seeded.sentiment > 0) & seeded.context.known())
    levels = seeded.sentiment[usable]
    if len(usable) < MIN_WITH_CONTEXT or len(set(fold(levels).tolist())) < 2:
        return None
    return ContextSentiment.fit(seeded.context.rows(usable), features[usable], levels)


def with_theme_names(examples: Examples) -> Examples:
    """Return the examples plus each theme's name as one more comment labelled with it.

    A theme's name is the framework's own description of it, so it is fair to learn from
    on any framework, and it gives a theme with almost no labelled comments the words that
    name it (the NHS data has one Parking comment: without this, a model trained without
    it can never say Parking). Names carry no sentiment (0): the sentiment models skip them.
    """
    names = list(examples.framework.themes)
    context = examples.context
    return Examples(
        examples.framework,
        [*examples.texts, *names],
        np.vstack([examples.labels, np.eye(len(names), dtype=examples.labels.dtype)]),
        np.concatenate([examples.sentiment, np.zeros(len(names), dtype=examples.sentiment.dtype)]),
        context + Context.blank(len(names)) if context is not None else None,
    )


def check_enough(examples: Examples, min_examples: int) -> None:
    """Raise a ThemesError naming each theme with too few examples, and how many are needed."""
    counts = examples.labels.sum(axis=0) if len(examples.texts) else np.zeros(0)
    if len(examples.texts) < 2 * min_examples:
        raise ThemesError(
            f"{examples.framework.name} has {len(examples.texts)} labelled comments; "
            f"training needs at least {2 * min_examples}, with at least {min_examples} "
            "for each theme (30 or more each for dependable results)."
        )
    short = [
        f"{theme!r} has {int(n)}"
        for theme, n in zip(examples.framework.themes, counts, strict=True)
        if n < min_examples
    ]
    if short:
        raise ThemesError(
            f"Too few examples to learn from: {'; '.join(short[:5])}"
            + (f" (and {len(short) - 5} more)" if len(short) > 5 else "")
            + f". Each theme needs at least {min_examples} labelled comments (30 or more for "
            "dependable results): add examples, or merge or drop those themes."
        )


def data_hash(examples: Examples) -> str:
    """Return a fingerprint of the framework and the labelled data a model learnt from."""
    digest = hashlib.sha256()
    digest.update("\x1f".join(examples.framework.themes).encode())
    for text in examples.texts:
        digest.update(text.encode("utf-8", "surrogatepass") + b"\x1e")
    digest.update(np.ascontiguousarray(examples.labels, dtype=np.int8).tobytes())
    digest.update(np.ascontiguousarray(examples.sentiment, dtype=np.int8).tobytes())
    for key in examples.context.keys() if examples.context is not None else []:
        digest.update(key.encode("utf-8", "surrogatepass") + b"\x1e")
    return digest.hexdigest()[:16]


def _sentiment_model() -> LinearSVC:
    """Return a linear SVM: as accurate as logistic regression here and several times faster."""
    return LinearSVC(C=SENTIMENT_C, random_state=0)
