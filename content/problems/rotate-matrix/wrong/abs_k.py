# Uses abs(k), so negative k also turns clockwise.
def rotate_matrix(matrix: list[list[int]], k: int) -> list[list[int]]:
    result = [list(row) for row in matrix]
    for _ in range(abs(k) % 4):
        result = [list(row) for row in zip(*result[::-1])]
    return result
