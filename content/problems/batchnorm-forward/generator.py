import numpy as np


def generate(seed: int) -> list[dict]:
    """Random batches with columns of very different scales and offsets, including one
    column with a huge mean and a small spread, and one constant column."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, eps in [(16, 4, 1e-5), (64, 8, 1e-5), (7, 3, 1e-3), (128, 16, 1e-5), (32, 5, 0.1), (3, 6, 1e-5)]:
        scales = 10.0 ** rng.uniform(-2.0, 2.0, size=d)
        offsets = rng.uniform(-50.0, 50.0, size=d)
        X = offsets + scales * rng.standard_normal((n, d))
        X[:, 0] = 1.0e7 + rng.standard_normal(n)
        X[:, -1] = 2.5
        gamma = rng.uniform(-2.0, 2.0, size=d)
        beta = rng.uniform(-1.0, 1.0, size=d)
        cases.append(
            {
                "X": np.round(X, 4).tolist(),
                "gamma": np.round(gamma, 4).tolist(),
                "beta": np.round(beta, 4).tolist(),
                "eps": eps,
            }
        )
    return cases
