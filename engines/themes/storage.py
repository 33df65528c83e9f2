"""Save models with what made them, and refuse to load one this code cannot trust.

scikit-learn's own advice is to load a pickled model only with the version that saved
it. So each model file (joblib) has a small JSON file beside it naming the model format,
the scikit-learn version and a fingerprint of the training data; these are checked
before the model file is opened. The default NHS model is cached under var/models/
(relative to the working directory, or THEMES_MODEL_DIR) and trained on first use.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import joblib
import sklearn

from .errors import ThemesError
from .framework import NHS_TRAINING, read_nhs
from .model import FORMAT_VERSION, Model, data_hash, train

CACHE_VARIABLE = "THEMES_MODEL_DIR"
DEFAULT_NAME = "nhs-v7"
RETRAIN = "python -m engines.themes train"
# The NHS framework is fixed, so a theme missing from its data is kept and never predicted
# rather than refused (Parking has one example); a programme's own framework is checked.
NHS_MIN_EXAMPLES = 0


def cache_dir() -> Path:
    """Return where trained models are kept: $THEMES_MODEL_DIR, else ./var/models."""
    return Path(os.environ.get(CACHE_VARIABLE) or Path.cwd() / "var" / "models")


def default_path() -> Path:
    return cache_dir() / f"{DEFAULT_NAME}.joblib"


def save(model: Model, path: Path) -> Path:
    """Write the model and its description (JSON, beside it) and return the model's path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    joblib.dump(model, partial, compress=3)
    os.replace(partial, path)
    _about(path).write_text(json.dumps(describe(model), indent=2) + "\n", encoding="utf-8")
    return path


def describe(model: Model) -> dict:
    return {
        "format": model.format_version,
        "scikit-learn": model.sklearn_version,
        "data_hash": model.data_hash,
        "framework": model.framework.name,
        "themes": list(model.framework.themes),
        "examples": model.examples,
        "reads_rating_and_question": model.with_context is not None,
        "deep_reading": model.deep is not None,
        "saved": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def load(path: Path, retrain: str = RETRAIN) -> Model:
    """Return the saved model, or raise a ThemesError saying how to retrain it."""
    about = _about(path)
    if not path.is_file() or not about.is_file():
        raise ThemesError(f"There is no saved model at {path}. Train one with: {retrain}")
    facts = json.loads(about.read_text(encoding="utf-8"))
    made = (facts.get("format"), facts.get("scikit-learn"))
    if made != (FORMAT_VERSION, sklearn.__version__):
        raise ThemesError(
            f"The model at {path} was saved as {made[0]} with scikit-learn {made[1]}; this "
            f"code reads {FORMAT_VERSION} with scikit-learn {sklearn.__version__}. "
            f"Retrain with: {retrain}"
        )
    model = joblib.load(path)
    if not isinstance(model, Model):
        raise ThemesError(f"{path} does not hold a theme model. Retrain with: {retrain}")
    return model


def default_model(path: Path | None = None) -> Model:
    """Return the cached NHS v7 model, training and saving it first if it is missing or stale."""
    path = path or default_path()
    examples = read_nhs(NHS_TRAINING)
    try:
        model = load(path)
        if model.data_hash == data_hash(examples):
            return model
        reason = "the training data has changed since it was saved"
    except ThemesError as error:
        reason = str(error).split(". ")[0].lower()
    print(
        f"Training the NHS theme model ({reason}); this takes a few minutes "
        f"and is saved to {path}.",
        file=sys.stderr,
    )
    model = train(examples, min_examples=NHS_MIN_EXAMPLES)
    save(model, path)
    return model


def _about(path: Path) -> Path:
    return path.with_suffix(".json")
