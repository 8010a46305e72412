import numpy as np


def generate(seed: int) -> list[dict]:
    """Random networks and batches of several sizes; continuous data, so no pre-activation is
    exactly 0, and about half of the hidden units are off for each example."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, m, k in [(8, 3, 5, 3), (32, 6, 10, 4), (50, 10, 16, 2), (20, 4, 7, 6), (64, 12, 20, 10), (5, 2, 3, 2)]:
        X = rng.standard_normal((n, d))
        y = rng.integers(0, k, size=n)
        W1 = rng.standard_normal((d, m)) / np.sqrt(d)
        b1 = 0.1 * rng.standard_normal(m)
        W2 = rng.standard_normal((m, k)) / np.sqrt(m)
        b2 = 0.1 * rng.standard_normal(k)
        cases.append(
            {
                "X": np.round(X, 4).tolist(),
                "y": [int(v) for v in y],
                "W1": np.round(W1, 4).tolist(),
                "b1": np.round(b1, 4).tolist(),
                "W2": np.round(W2, 4).tolist(),
                "b2": np.round(b2, 4).tolist(),
            }
        )
    return cases
