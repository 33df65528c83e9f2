"""The tone of a comment by rule: VADER's sentiment lexicon, negation and emphasis rules.

A linear model on 5,000 rated comments cannot learn every word of feeling or how "not"
and "very" change them; VADER (Hutto and Gilbert 2014, MIT licence, lexicon shipped in
the `vaderSentiment` package) brings 7,500 rated words and those rules. Its scores are
features for the sentiment models, not the answer: 5-fold cross-validation on the NHS
file over four fold seeds raised 3-level accuracy by 0.004 on average (docs/benchmarks.md).
Themes do not read them: they did not help there and made each theme's fit 2.7 times slower.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import sparse

MAX_CHARS = 5_000
COLUMNS = 6
# Against the text features (each TF-IDF part has length 1). 5-fold cross-validation on
# the NHS file: weights 1, 2, 3 and 5 tried on two to four fold seeds; 3 gained the most.
WEIGHT = 3.0


@lru_cache(maxsize=1)
def _analyser():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def scores(texts: list[str]) -> np.ndarray:
    """Return per text: VADER's negative, neutral and positive shares and overall score,
    and the overall score's positive and negative parts."""
    analyser = _analyser()
    rows = np.zeros((len(texts), COLUMNS), dtype=np.float32)
    for i, text in enumerate(texts):
        found = analyser.polarity_scores(text[:MAX_CHARS])
        overall = found["compound"]
        rows[i] = (found["neg"], found["neu"], found["pos"], overall, *_parts(overall))
    return rows


def _parts(overall: float) -> tuple[float, float]:
    return max(overall, 0.0), max(-overall, 0.0)


def beside(features: sparse.spmatrix, texts: list[str]) -> sparse.csr_matrix:
    """Return the text features with the weighted tone scores as extra columns."""
    return sparse.hstack([features, sparse.csr_matrix(scores(texts) * WEIGHT)], format="csr")
