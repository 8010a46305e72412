def one_hot_encode(train: list[str], test: list[str]) -> list[list[int]]:
    """One-hot encode `test` with the categories learned from `train`.

    The columns are the distinct values of `train` in sorted order (Python's normal string
    order). A test value never seen in `train` becomes a row of zeros.

    Args:
        train: the training values of one categorical feature (at least one value).
        test: the values to encode (may be empty).

    Returns:
        A list of len(test) rows, each a list of ints (0 or 1) with one entry per category.
    """
    raise NotImplementedError
