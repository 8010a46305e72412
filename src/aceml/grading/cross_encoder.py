"""A cross-encoder on MiniLM: does an answer state what a key point (or a reference) says?

Sentence embeddings compare two texts that were encoded apart, so "precision is the share of
actual positives found" sits close to "precision is the share of predicted positives that are
right". A cross-encoder reads the key point and the answer as one sequence (``[CLS] point [SEP]
answer [SEP]``), so every word of the answer can attend to the point, and it is trained to say
whether the answer is correct with respect to it: contradictions and swapped roles can show.

The network is all-MiniLM-L6-v2 with low-rank adapters (LoRA) on its attention and feed-forward
weights and a linear head on the mean-pooled output, fine-tuned by
``benchmarks/train_cross_encoder.py`` on the SemEval-2013 Task 7 training split only. Only the
adapters and the head ship (``cross_encoder.npz``, under a megabyte); they are merged into a
copy of the shipped MiniLM weights when first used and run in NumPy like the embedder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from aceml.grading.minilm import MiniLMEncoder

ADAPTER_FILE = Path(__file__).with_name("cross_encoder.npz")


def adapter_deltas(stored: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Return the weight changes ``B @ A * scale`` per weight name from stored LoRA factors."""
    scale = float(stored["scale"])
    deltas = {}
    for key, value in stored.items():
        if key.endswith(".A"):
            base = key[: -len(".A")]
            delta = stored[base + ".B"].astype(np.float32) @ value.astype(np.float32)
            deltas[base + ".weight"] = delta * np.float32(scale)
    return deltas


class CrossEncoder:
    """Probability that the second text of a pair is a correct statement of the first."""

    def __init__(self, model_dir: Path, adapter_file: Path = ADAPTER_FILE) -> None:
        with np.load(adapter_file) as archive:
            stored = {key: archive[key] for key in archive.files}
        self.encoder = MiniLMEncoder(model_dir, adapter_deltas(stored))
        self.weight = stored["head.weight"].astype(np.float32).reshape(-1)
        self.bias = float(stored["head.bias"].reshape(-1)[0])

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Return one probability per (reference, answer) pair."""
        if not pairs:
            return np.zeros(0)
        logits = self.encoder.pooled_pairs(pairs) @ self.weight + self.bias
        result: np.ndarray = 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))
        return result


def available() -> bool:
    """Return True if the adapters ship with this installation."""
    return ADAPTER_FILE.is_file()
