import numpy as np


def generate(seed: int) -> list[dict]:
    """Random logistic-regression problems, evaluated at random weights with various steps."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, lam, h in [(20, 3, 0.1, 1e-4), (50, 5, 0.0, 1e-3), (10, 2, 1.0, 0.3),
                         (100, 8, 0.01, 1e-2), (30, 4, 0.5, 1e-5), (200, 6, 0.05, 0.1)]:
        X = rng.standard_normal((n, d))
        true_w = rng.normal(0.0, 1.5, size=d)
        y = np.where(X @ true_w + 0.5 * rng.standard_normal(n) > 0, 1, -1)
        w = rng.normal(0.0, 1.0, size=d)
        cases.append({"X": np.round(X, 3).tolist(), "y": [int(v) for v in y],
                      "w": np.round(w, 3).tolist(), "lam": lam, "h": h})
    return cases
