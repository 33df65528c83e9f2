"""Themes and sentiment in free-text feedback, trained from data in this repository.

A pure-Python engine (no Django, nothing downloaded): TF-IDF word and character
n-grams into one linear model per theme, with per-theme thresholds tuned by
cross-validation, and two sentiment models (five levels and three), plus a pair that
also reads the survey context (rating and question) where it is known. The default
framework is the NHS patient-experience framework v7, trained on first use from
data/nhs_fft_train.csv and cached under var/models/. A programme can train its own
framework from a CSV, or discover themes with no framework and agree them by merging,
splitting and renaming groups. See `python -m engines.themes --help`.
"""

from __future__ import annotations

from .context import Context
from .dedupe import Distinct, distinct, normalise
from .discover import Group, discover, merge, model_from_groups, rename, split
from .errors import ThemesError
from .evaluate import Quality, cross_validate
from .framework import Examples, Framework, read_nhs, read_own
from .model import Model, Predictions, train
from .pipeline import StreamingClassifier, wants_deep
from .sentiment import FIVE, THREE, three_level
from .storage import default_model, load, save

__all__ = [
    "FIVE",
    "THREE",
    "Context",
    "Distinct",
    "Examples",
    "Framework",
    "Group",
    "Model",
    "Predictions",
    "Quality",
    "StreamingClassifier",
    "ThemesError",
    "cross_validate",
    "default_model",
    "discover",
    "distinct",
    "load",
    "merge",
    "model_from_groups",
    "normalise",
    "read_nhs",
    "read_own",
    "rename",
    "save",
    "split",
    "three_level",
    "train",
    "wants_deep",
]
