def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent distinct words, most frequent first.

    Ties in frequency are broken alphabetically (Python's normal string order).
    If k is larger than the number of distinct words, return all of them.

    Args:
        words: a list of strings (may be empty; may contain repeats).
        k: how many words to return, k >= 0.

    Returns:
        A list of at most k distinct strings.
    """
    raise NotImplementedError
