def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    """Dot product of two sparse vectors given as [index, value] pairs.

    Pairs may come in any order, and an index may appear several times in the same
    vector: its values are then added together. Missing indices are zero.

    Args:
        a: a list of [index, value] pairs (int index >= 0, float value); may be empty.
        b: same format as a.

    Returns:
        The dot product as a float (0.0 if the vectors share no index).
    """
    raise NotImplementedError
