"""Semantic search support: sentence embeddings of each bank item's question and ideas, computed once."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from aceml.bank.models import FreeTextItem, Item
from aceml.grading.embeddings import Embedder


def item_texts(item: Item) -> list[str]:
    """Return the texts an item is found by: its question, and each idea of a good answer."""
    if isinstance(item, FreeTextItem):
        return [item.prompt, *(point.text for point in item.key_points)]
    return [f"{item.title}. {item.statement[:400]}"]


class SemanticIndex:
    """Item embeddings for cosine similarity against a query.

    Each item has one vector for its question and one per key point; a query matches an item by
    the mean of its two best matches among them, so "great on the training set but bad on new
    examples" finds overfitting through its symptom, which one vector of the whole item blurs,
    while one stray phrase is not enough to rank an item first.
    """

    def __init__(self, items: Iterable[Item], embedder: Embedder) -> None:
        self.items = list(items)
        self._embedder = embedder
        texts = [item_texts(item) for item in self.items]
        self._owner = np.repeat(np.arange(len(texts)), [len(t) for t in texts])
        self._vectors = embedder.encode([text for group in texts for text in group])

    def similarity(self, query: str) -> np.ndarray:
        """Return, per item in item order, the mean of the two best cosine similarities to its texts."""
        if not self.items:
            return np.zeros(0, dtype=np.float32)
        matches = self._vectors @ self._embedder.encode([query])[0]
        best = np.full(len(self.items), -1.0, dtype=np.float32)
        second = np.full(len(self.items), -1.0, dtype=np.float32)
        for owner, value in zip(self._owner.tolist(), matches.tolist(), strict=True):
            if value > best[owner]:
                best[owner], second[owner] = value, best[owner]
            elif value > second[owner]:
                second[owner] = value
        second = np.where(second < -0.5, best, second)  # an item with one text
        scores: np.ndarray = (best + second) / 2
        return scores
