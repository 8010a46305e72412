def top_k_frequent(words: list[str], k: int) -> list[str]:
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    # reverse=True flips the alphabetical tie-break as well as the count order.
    ranked = sorted(counts, key=lambda word: (counts[word], word), reverse=True)
    return ranked[:k]
