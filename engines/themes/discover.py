"""Find themes in comments with no framework, for a person to merge, split and rename.

Comments are grouped by meaning as far as word use shows it: TF-IDF, reduced to a few
dozen dimensions (latent semantic analysis), then k-means. Each group is named by the
phrases that set it apart from the rest and shown with the comments nearest its
centre. Groups are plain immutable values and merge, split and rename are pure
functions, so an interface can keep the history and undo. Once the groups are agreed,
`model_from_groups` trains a classifier on them to sort every other comment.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .dedupe import distinct
from .errors import ThemesError
from .framework import Examples, Framework
from .model import Model, train

PHRASES = 5
QUOTES = 3
DIMENSIONS = 60
BIG = 20_000  # above this many distinct comments, cluster in mini-batches


@dataclass(frozen=True)
class Group:
    """A candidate theme: its name, key phrases, representative quotes and member comments."""

    name: str
    phrases: tuple[str, ...]
    quotes: tuple[str, ...]
    texts: tuple[str, ...]
    counts: tuple[int, ...]

    @property
    def size(self) -> int:
        """How many comments the group holds, duplicates counted."""
        return sum(self.counts)


def discover(texts: list[str], groups: int | None = None, seed: int = 0) -> tuple[Group, ...]:
    """Return groups of similar comments, largest first (identical comments counted once)."""
    unique = distinct(text for text in texts if text.strip())
    if len(unique.texts) < 2:
        raise ThemesError("Discovering themes needs at least two different non-blank comments.")
    wanted = groups or suggested_groups(len(unique.texts))
    wanted = max(1, min(wanted, len(unique.texts)))
    members = _cluster(unique.texts, wanted, seed)
    found = [
        (tuple(unique.texts[i] for i in m), tuple(int(unique.counts[i]) for i in m))
        for m in members
    ]
    return tuple(sorted(_describe(found), key=lambda g: -g.size))


def suggested_groups(distinct_comments: int) -> int:
    """Return a starting number of groups: enough to see themes, few enough to read."""
    return max(2, min(15, round(math.sqrt(distinct_comments / 20))))


def merge(groups: tuple[Group, ...], a: int, b: int, name: str | None = None) -> tuple[Group, ...]:
    """Return the groups with groups a and b joined (named `name`, else as group a)."""
    _check_index(groups, a, b)
    if a == b:
        return groups
    first, second = groups[a], groups[b]
    joined = (first.texts + second.texts, first.counts + second.counts)
    others = [g for i, g in enumerate(groups) if i not in (a, b)]
    described = _describe([joined, *((g.texts, g.counts) for g in others)])[0]
    described = replace(described, name=name or first.name)
    return tuple(described if i == a else g for i, g in enumerate(groups) if i != b)


def split(group: Group, k: int = 2, seed: int = 0) -> tuple[Group, ...]:
    """Return the group divided into k smaller groups, each named afresh."""
    if k < 2 or k > len(group.texts):
        raise ThemesError(
            f"Group {group.name!r} has {len(group.texts)} different comments: it can be split "
            f"into 2 to {len(group.texts)} groups, not {k}."
        )
    members = _cluster(list(group.texts), k, seed)
    parts = [(tuple(group.texts[i] for i in m), tuple(group.counts[i] for i in m)) for m in members]
    return tuple(sorted(_describe(parts), key=lambda g: -g.size))


def rename(groups: tuple[Group, ...], index: int, name: str) -> tuple[Group, ...]:
    """Return the groups with one group given a person's name for it."""
    _check_index(groups, index)
    if not name.strip():
        raise ThemesError("A group's new name cannot be blank.")
    return tuple(replace(g, name=name.strip()) if i == index else g for i, g in enumerate(groups))


def model_from_groups(groups: tuple[Group, ...], min_examples: int = 5) -> Model:
    """Return a classifier trained on the agreed groups, to sort the rest of the comments."""
    names = [g.name for g in groups]
    if len(set(names)) != len(names):
        raise ThemesError("Two groups share a name: rename or merge them before training.")
    texts = [text for g in groups for text in g.texts]
    labels = np.zeros((len(texts), len(groups)), dtype=np.int8)
    row = 0
    for j, g in enumerate(groups):
        labels[row : row + len(g.texts), j] = 1
        row += len(g.texts)
    framework = Framework.from_columns("discovered themes", names)
    examples = Examples(framework, texts, labels, np.zeros(len(texts), dtype=np.int8))
    return train(examples, min_examples=min_examples)


def as_framework_rows(groups: tuple[Group, ...]) -> tuple[list[str], list[list[str]]]:
    """Return a header and rows (text, then 0/1 per group) that `train --framework` reads.

    A person can rename the columns, move comments or join columns in a spreadsheet,
    then train a model on the result to classify the rest.
    """
    names: list[str] = []
    for group in groups:
        name, n = group.name, 2
        while name in names or name == "text":
            name, n = f"{group.name} ({n})", n + 1
        names.append(name)
    rows = [
        [text, *("1" if j == i else "0" for j in range(len(groups)))]
        for i, group in enumerate(groups)
        for text in group.texts
    ]
    return ["text", *names], rows


def _cluster(texts: list[str], k: int, seed: int) -> list[np.ndarray]:
    """Return the indices of the texts in each of k clusters (none empty)."""
    vectors = _vectors(texts)
    if k == 1:
        return [np.arange(len(texts))]
    kind = MiniBatchKMeans if len(texts) > BIG else KMeans
    assigned = kind(n_clusters=k, n_init=3, random_state=seed).fit_predict(vectors)
    return [np.flatnonzero(assigned == c) for c in range(k) if (assigned == c).any()]


def _vectors(texts: list[str]) -> np.ndarray:
    matrix = _tfidf(len(texts)).fit_transform(texts)
    dimensions = min(DIMENSIONS, matrix.shape[1] - 1, len(texts) - 1)
    if dimensions < 2:
        return normalize(matrix.toarray())
    reduced = TruncatedSVD(dimensions, random_state=0).fit_transform(matrix)
    return normalize(reduced)


WORDS = r"(?u)\b[a-zA-Z][a-zA-Z']+\b"  # words of two letters or more, no numbers


def _tfidf(count: int) -> TfidfVectorizer:
    return TfidfVectorizer(
        ngram_range=(1, 2),
        stop_words="english",
        sublinear_tf=True,
        min_df=2 if count >= 50 else 1,
        max_df=0.5 if count >= 50 else 1.0,
        token_pattern=WORDS,
    )


def _describe(found: list[tuple[tuple[str, ...], tuple[int, ...]]]) -> list[Group]:
    """Name each group by its distinctive phrases and quote the comments nearest its centre."""
    everything = [text for texts, _ in found for text in texts]
    vectoriser = _tfidf(len(everything))
    try:
        matrix = normalize(vectoriser.fit_transform(everything))
        terms = vectoriser.get_feature_names_out()
    except ValueError:  # only stop words or digits: nothing to name the groups by
        return [
            Group(f"Group {i + 1}", (), texts[:QUOTES], texts, counts)
            for i, (texts, counts) in enumerate(found)
        ]
    overall = np.asarray(matrix.mean(axis=0)).ravel()
    described, start = [], 0
    for i, (texts, counts) in enumerate(found):
        rows = matrix[start : start + len(texts)]
        start += len(texts)
        centre = np.asarray(rows.mean(axis=0)).ravel()
        distinctive = np.argsort(-(centre - overall))[:PHRASES]
        phrases = tuple(terms[t] for t in distinctive if centre[t] > 0)
        closeness = np.asarray(rows @ centre).ravel()
        quotes = tuple(texts[q] for q in np.argsort(-closeness)[:QUOTES])
        name = " / ".join(phrases[:2]).capitalize() if phrases else f"Group {i + 1}"
        described.append(Group(name, phrases, quotes, texts, counts))
    return described


def _check_index(groups: tuple[Group, ...], *indices: int) -> None:
    for index in indices:
        if not 0 <= index < len(groups):
            raise ThemesError(
                f"There is no group {index}: groups are numbered 0 to {len(groups) - 1}."
            )
