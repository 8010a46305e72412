def lowest_thresholds(scores: list[float], labels: list[int], budgets: list[int]) -> list[int]:
    """For each false-positive budget, the lowest score threshold that respects it.

    A threshold t flags every item with score >= t. Candidate thresholds are the values in
    scores. For budget f, find the smallest candidate t that flags at most f items with
    label 0, and report the index of the first occurrence of t in scores (n if none works).

    Args:
        scores: n floats sorted in non-decreasing order (ties possible).
        labels: n ints, 0 or 1, aligned with scores.
        budgets: q ints >= 0.

    Returns:
        A list of q ints in [0, n], one per budget, in the order of budgets.
    """
    raise NotImplementedError
