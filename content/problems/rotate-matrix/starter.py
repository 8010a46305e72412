def rotate_matrix(matrix: list[list[int]], k: int) -> list[list[int]]:
    """Rotate a square matrix by k quarter turns.

    k > 0 turns clockwise, k < 0 counter-clockwise, k == 0 leaves it as is; k may be
    any int (|k| can exceed 4, even be huge).

    Args:
        matrix: an n x n matrix as a list of n lists of n ints (n may be 0).
        k: the number of clockwise quarter turns.

    Returns:
        A new n x n matrix (list of lists of ints).
    """
    raise NotImplementedError
