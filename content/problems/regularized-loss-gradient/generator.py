import numpy as np


def generate(seed: int) -> list[dict]:
    """Random regression data and weights; the L1 cases set some weights exactly to zero."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, penalty, zeros in [
        (30, 4, "l2", 0), (30, 4, "l1", 1), (80, 7, "l1", 3), (80, 7, "l2", 2),
        (12, 10, "l1", 5), (200, 3, "l2", 0), (5, 2, "l1", 1),
    ]:
        X = rng.normal(0.0, 2.0, size=(n, d))
        y = X @ rng.normal(0.0, 1.5, size=d) + rng.uniform(-3, 3) + rng.normal(0.0, 0.5, size=n)
        w = rng.normal(0.0, 1.0, size=d)
        w[rng.permutation(d)[:zeros]] = 0.0
        cases.append(
            {
                "X": np.round(X, 4).tolist(),
                "y": np.round(y, 4).tolist(),
                "w": np.round(w, 4).tolist(),
                "b": round(float(rng.uniform(-2, 2)), 4),
                "lam": round(float(10.0 ** rng.uniform(-2, 0.5)), 4),
                "penalty": penalty,
            }
        )
    return cases
