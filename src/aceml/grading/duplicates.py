"""Near-duplicate questions: prompts whose embeddings are almost the same."""

from __future__ import annotations

from collections.abc import Sequence

from aceml.grading.embeddings import Embedder

SEMANTIC_THRESHOLD = 0.85
LEXICAL_THRESHOLD = 0.9


def near_duplicates(prompts: Sequence[str], embedder: Embedder) -> list[tuple[int, int, float]]:
    """Return (i, j, similarity) for every pair of prompts at or above the backend's threshold."""
    if len(prompts) < 2:
        return []
    threshold = SEMANTIC_THRESHOLD if embedder.semantic else LEXICAL_THRESHOLD
    vectors = embedder.encode(list(prompts))
    similarity = vectors @ vectors.T
    pairs = []
    for i in range(len(prompts)):
        for j in range(i + 1, len(prompts)):
            if similarity[i, j] >= threshold:
                pairs.append((i, j, round(float(similarity[i, j]), 3)))
    return pairs
