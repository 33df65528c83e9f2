"""Turn comments into numbers: TF-IDF over words and character n-grams, meaning and tone.

Word pairs catch phrases ("car park", "waiting time"); character n-grams within words
catch misspellings and word endings that patient feedback is full of ("recieved",
"appointmant"). Both are sublinear TF-IDF. Beside them: averaged token embeddings for
words the training comments never used (meaning.py). All three are joined side by side;
nothing is downloaded at run time. Sentiment also reads the comment's tone (tone.py).
The deep reading adds a sentence encoder's vector of the whole comment (encoder.py).
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from .encoder import Reading
from .meaning import Meaning

MAX_CHARS = 5_000  # longer comments are cut here before vectorising: the gist is early


# Weight of the embeddings against the TF-IDF parts (each of those has length 1). 5-fold
# cross-validation on the NHS file, two fold seeds: at 0.5 macro F1 rose by 0.004-0.008
# and micro F1 by 0.002-0.008; at 1.0 macro F1 rose by 0.006 but micro F1 fell.
MEANING_WEIGHT = 0.5

# Weight of the sentence encoder's reading in the deep reading. 5-fold cross-validation on
# the NHS file, fold seed 42: macro F1 0.631, 0.640, 0.638 and 0.635 at 0.8, 1, 1.2 and 1.41
# (with the last layer alone: 0.624, 0.634, 0.624 and 0.613 at 0.5, 1, 1.5 and 2).
READING_WEIGHT = 1.0

# Words and word pairs seen once are kept: rare themes often hang on a rare word. 5-fold
# cross-validation on the NHS file, three different fold seeds: macro F1 +0.001 to +0.004
# and micro F1 +0.001 to +0.003 against 2. Character n-grams keep 2 (many more of them).
WORD_MIN_DF = 1


def vectoriser(min_df: int = 2, word_min_df: int = WORD_MIN_DF, deep: bool = False) -> FeatureUnion:
    """Return an unfitted vectoriser: word and character n-gram TF-IDF, and meaning;
    with deep, the sentence encoder's reading of the whole comment too."""
    words = TfidfVectorizer(
        ngram_range=(1, 2),
        sublinear_tf=True,
        min_df=word_min_df,
        strip_accents="unicode",
        dtype=np.float32,
    )
    characters = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        sublinear_tf=True,
        min_df=min_df,
        dtype=np.float32,
    )
    parts = [("words", words), ("characters", characters), ("meaning", Meaning())]
    weights = {"meaning": MEANING_WEIGHT}
    if deep:
        parts.append(("reading", Reading()))
        weights["reading"] = READING_WEIGHT
    return FeatureUnion(parts, transformer_weights=weights)


def shorten(texts: list[str]) -> list[str]:
    """Return the texts cut to MAX_CHARS, so one huge comment cannot stall a run."""
    return [text[:MAX_CHARS] for text in texts]


def slim(fitted: FeatureUnion) -> FeatureUnion:
    """Drop the cut-off vocabulary sklearn keeps only for inspection, to keep files small."""
    for _, part in fitted.transformer_list:
        if hasattr(part, "stop_words_"):
            part.stop_words_ = None
    return fitted
