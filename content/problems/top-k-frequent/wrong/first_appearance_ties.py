from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    # Counter.most_common keeps ties in first-seen order, not alphabetical order.
    return [word for word, _ in Counter(words).most_common(k)]
