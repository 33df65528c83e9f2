"""Meaning (bundled token embeddings) and tone (VADER): offline, and they say what they should."""

import numpy as np
import pytest

from engines.themes import meaning, tone


def test_comments_that_mean_the_same_are_nearer_than_unrelated_ones():
    full, spaces, kind = meaning.embed(
        ["The car park was always full", "No parking spaces anywhere", "The nurse was kind"]
    )
    assert float(full @ spaces) > float(full @ kind) + 0.2
    assert np.allclose(np.linalg.norm([full, spaces, kind], axis=1), 1, atol=1e-3)


def test_embeddings_load_without_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tried to download")

    monkeypatch.setattr("requests.get", refuse)
    meaning._embedder.cache_clear()
    vectors = meaning.embed(["Parking was easy", ""])
    assert vectors.shape == (2, 256)
    assert not vectors[1].any()


def test_tone_tells_praise_from_complaint_and_reads_negation():
    praise, complaint, negated = tone.scores(
        ["The staff were wonderful and so caring", "Rude staff, awful wait", "It was not good"]
    )
    overall = 3
    assert praise[overall] > 0.5 and complaint[overall] < -0.5 and negated[overall] < 0
    assert praise[4] == pytest.approx(praise[overall]) and complaint[5] > 0.5


def test_tone_sits_beside_the_text_features_weighted():
    from scipy import sparse

    joined = tone.beside(sparse.csr_matrix(np.ones((1, 3))), ["Lovely"])
    assert joined.shape == (1, 3 + tone.COLUMNS)
    assert joined[0, 3 + 3] == pytest.approx(tone.scores(["Lovely"])[0, 3] * tone.WEIGHT)
