import numpy as np


def generate(seed: int) -> list[dict]:
    """Matrices of many shapes (thin, wide, square, odd and even sides) with distinct values."""
    rng = np.random.default_rng(seed)
    cases = []
    for m, n in [(1, 7), (7, 1), (2, 9), (9, 2), (5, 5), (6, 6), (3, 8), (8, 3), (40, 57)]:
        values = rng.permutation(m * n) - (m * n) // 3
        cases.append({"matrix": values.reshape(m, n).tolist()})
    return cases
