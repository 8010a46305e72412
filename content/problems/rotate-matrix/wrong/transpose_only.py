# Treats a quarter turn as a plain transpose (forgets to reverse), which is a reflection, not a rotation.
def rotate_matrix(matrix: list[list[int]], k: int) -> list[list[int]]:
    result = [list(row) for row in matrix]
    for _ in range(k % 4):
        result = [list(row) for row in zip(*result)]
    return result
