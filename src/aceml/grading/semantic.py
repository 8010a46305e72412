"""Semantic search support: one sentence embedding per bank item, computed once."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from aceml.bank.models import FreeTextItem, Item
from aceml.grading.embeddings import Embedder


def item_text(item: Item) -> str:
    """Return the text an item is found by: its question and the ideas of a good answer."""
    if isinstance(item, FreeTextItem):
        return " ".join([item.prompt, *(point.text for point in item.key_points)])
    return f"{item.title}. {item.statement[:400]}"


class SemanticIndex:
    """Item embeddings for cosine similarity against a query."""

    def __init__(self, items: Iterable[Item], embedder: Embedder) -> None:
        self.items = list(items)
        self._embedder = embedder
        self._vectors = embedder.encode([item_text(item) for item in self.items])

    def similarity(self, query: str) -> np.ndarray:
        """Return the cosine similarity of ``query`` to every item, in item order."""
        if not self.items:
            return np.zeros(0, dtype=np.float32)
        scores: np.ndarray = self._vectors @ self._embedder.encode([query])[0]
        return scores
