"""The only door to the themes and redaction engines, so tests can swap the model here.

Training the NHS model takes a few minutes (it is cached after that), so the model
source is `base_model` and the training examples `base_examples`: tests replace both
with a tiny model. A programme's own model, trained with its corrections, is saved in
the engines' model cache with the programme's id in its name.
"""

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engines import themes
from engines.redaction import RedactionError, redact
from engines.themes.storage import cache_dir

SENTIMENT = {0: "positive", 1: "neutral", 2: "negative"}
ModelError = themes.ThemesError


def base_model() -> themes.Model:
    """Return the NHS framework model, training and caching it on first use."""
    return themes.default_model()


def base_examples() -> themes.Examples:
    """Return the labelled NHS comments a programme's model starts from."""
    return themes.read_nhs()


def model_dir() -> Path:
    """Where the engines keep trained models ($THEMES_MODEL_DIR, else ./var/models)."""
    return cache_dir()


def programme_model_path(programme_id: int) -> Path:
    return model_dir() / f"programme-{programme_id}.joblib"


def programme_model(programme_id: int) -> themes.Model | None:
    """Return the programme's own model if one was trained and still loads, else None."""
    path = programme_model_path(programme_id)
    if not path.is_file():
        return None
    try:
        return themes.load(path)
    except ModelError:
        return None


def redacted(text: str) -> str:
    """Return the text with personal data replaced by placeholders such as [NAME]."""
    try:
        return redact(text).text
    except RedactionError:
        return "[TEXT REMOVED: it could not be checked for personal data]"


@dataclass(frozen=True)
class Finding:
    themes: list[str]
    sentiment: str


class Classifier:
    """Classifies chunks of redacted comments, remembering comments it has seen.

    A run of up to the engine's limit of comments is read deeply (slower, better); a
    bigger one fast, so it still finishes in minutes.
    """

    def __init__(self, model: themes.Model, comments: int = 0):
        self.names = list(model.framework.themes)
        deep = themes.wants_deep("auto", comments)
        self._stream = themes.StreamingClassifier(model, deep=deep)
        self.reading = "deep reading" if self._stream.deep else "fast reading"

    def classify(self, texts: list[str], ratings=None, questions=None) -> list[Finding]:
        """Classify texts; a rating given and the question answered help tell the feeling."""
        context = None
        if any(ratings or ()) or any(questions or ()):
            blank = [""] * len(texts)
            context = themes.Context.read(ratings or blank, questions or blank)
        found = self._stream.classify(texts, context)
        return [
            Finding(
                [name for name, on in zip(self.names, labels, strict=True) if on],
                SENTIMENT.get(int(level), ""),
            )
            for labels, level in zip(found.labels, found.sentiment3, strict=True)
        ]


def train_with_corrections(corrections: list[tuple[str, list[str]]], programme_id: int) -> Path:
    """Train on the NHS examples plus the corrections and save it as the programme's model.

    A correction says which themes a comment has; it says nothing of its feeling, so
    its sentiment is 0 (not labelled) and the sentiment models learn from the rest.
    """
    base = base_examples()
    names = list(base.framework.themes)
    labels = np.zeros((len(corrections), len(names)), dtype=base.labels.dtype)
    for row, (_, chosen) in enumerate(corrections):
        for name in chosen:
            if name in names:
                labels[row, names.index(name)] = 1
    examples = themes.Examples(
        base.framework,
        [*base.texts, *(text for text, _ in corrections)],
        np.vstack([base.labels, labels]),
        np.concatenate([base.sentiment, np.zeros(len(corrections), dtype=base.sentiment.dtype)]),
        # Corrections come without survey context: the model learns it from the rest.
        base.context + themes.Context.blank(len(corrections)) if base.context else None,
    )
    model = themes.train(examples, min_examples=0)
    return themes.save(model, programme_model_path(programme_id))
