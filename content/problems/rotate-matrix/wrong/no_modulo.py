# Turns the matrix k times without reducing k modulo 4: nothing happens for k < 0 and huge k is far too slow.
def rotate_matrix(matrix: list[list[int]], k: int) -> list[list[int]]:
    result = [list(row) for row in matrix]
    for _ in range(k):
        result = [list(row) for row in zip(*result[::-1])]
    return result
