def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the elements of an m x n matrix in clockwise spiral order.

    Start at the top-left element, go right along the top row, down the right column,
    left along the bottom row, up the left column, then repeat on the inner matrix.

    Args:
        matrix: a list of m rows, each a list of n ints (m or n may be 0).

    Returns:
        A list of the m * n ints, each element exactly once.
    """
    raise NotImplementedError
