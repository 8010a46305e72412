def rotate_matrix(matrix: list[list[int]], k: int) -> list[list[int]]:
    """One clockwise quarter turn is 'reverse the rows, then transpose'; apply it k mod 4 times."""
    result = [list(row) for row in matrix]
    for _ in range(k % 4):  # Python's % is never negative: -1 % 4 == 3
        result = [list(row) for row in zip(*result[::-1])]
    return result
