def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Count, then sort by (-count, word) and keep the first k."""
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda word: (-counts[word], word))
    return ranked[:k]
