"""One linear model per theme, each with its own decision threshold tuned by cross-validation.

A comment can carry several themes, so each theme gets its own yes/no classifier (one
versus rest). Rare themes need a lower bar than common ones, so the threshold for each
is the one that maximised its F1 on held-out folds of the training data (never on the
data it is scored on), moved part of the way back towards zero: the held-out scores come
from models trained on four fifths of the data, which are less sure of themselves than
the final model trained on all of it. The fitted models are stacked into one weight
matrix, so scoring a batch of comments is a single sparse matrix product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.svm import LinearSVC

C = 0.5
TOLERANCE = 1e-2  # six times faster than the default 1e-4 with heavy class weights
# 5 folds: the held-out scores come from models trained on four fifths of the data, closer
# to the final model than with 3 (5-fold cross-validation on the NHS file: macro F1 0.606
# against 0.599, micro 0.763 against 0.761), at 1.5 times the training time.
TUNING_FOLDS = 5
# Share of the tuned threshold kept. Chosen by 5-fold cross-validation on the NHS file
# (0.6 to 0.8 all gave macro F1 0.567-0.573 and micro F1 0.754-0.760; 1.0 gave 0.555/0.742).
SHRINK = 0.7
MIN_FOR_TUNING = 3  # fewer positive examples than this: keep the classifier's own zero


@dataclass
class LinearThemes:
    """Stacked per-theme linear models: weights (features x themes), bias and thresholds."""

    weights: np.ndarray
    bias: np.ndarray
    thresholds: np.ndarray

    def scores(self, features: sparse.spmatrix) -> np.ndarray:
        return np.asarray(features @ self.weights) + self.bias

    def predict(self, features: sparse.spmatrix) -> np.ndarray:
        return (self.scores(features) >= self.thresholds).astype(np.int8)


def classifier() -> LinearSVC:
    """Return the per-theme model: a class-balanced linear SVM, quick on sparse text."""
    return LinearSVC(C=C, class_weight="balanced", tol=TOLERANCE, random_state=0)


def fit(features: sparse.spmatrix, labels: np.ndarray, tune: bool = True) -> LinearThemes:
    """Fit one classifier per column of labels and tune each one's threshold."""
    n_features, n_themes = features.shape[1], labels.shape[1]
    weights = np.zeros((n_features, n_themes), dtype=np.float32)
    bias = np.zeros(n_themes, dtype=np.float32)
    thresholds = np.zeros(n_themes, dtype=np.float32)
    for j in range(n_themes):
        column = labels[:, j]
        positives = int(column.sum())
        if positives == 0 or positives == len(column):
            bias[j] = 1.0 if positives else -1.0  # constant: always or never this theme
            continue
        model = classifier().fit(features, column)
        weights[:, j], bias[j] = model.coef_[0], model.intercept_[0]
        if tune and positives >= MIN_FOR_TUNING:
            thresholds[j] = tuned_threshold(features, column)
    return LinearThemes(weights, bias, thresholds)


def tuned_threshold(features: sparse.spmatrix, column: np.ndarray) -> float:
    """Return the score cut-off that maximised F1 on held-out folds of the training data."""
    folds = min(TUNING_FOLDS, int(column.sum()))
    splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
    held_out = cross_val_predict(
        classifier(), features, column, cv=splitter, method="decision_function"
    )
    candidates = np.unique(np.quantile(held_out, np.linspace(0.5, 0.999, 120)))
    candidates = np.append(candidates, 0.0)
    best = max(candidates, key=lambda t: (f1_score(column, held_out >= t), -abs(t)))
    return float(best) * SHRINK
