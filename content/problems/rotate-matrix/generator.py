import numpy as np


def generate(seed: int) -> list[dict]:
    """Random square matrices of odd and even sizes with a spread of turn counts."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, k in [(2, 1), (3, 3), (4, -1), (5, 2), (6, -3), (7, 13), (8, -6), (60, 1), (31, -7)]:
        cases.append({"matrix": rng.integers(-99, 100, size=(n, n)).tolist(), "k": k})
    return cases
