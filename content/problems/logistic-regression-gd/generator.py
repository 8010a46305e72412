import numpy as np


def generate(seed: int) -> list[dict]:
    """Noisy linearly generated labels, standardised-ish features, various lr / iterations."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, lr, n_iters in [(60, 2, 0.1, 200), (150, 4, 0.5, 300), (300, 6, 0.05, 500), (90, 3, 1.0, 100), (200, 10, 0.2, 400)]:
        X = rng.standard_normal((n, d)) * rng.uniform(0.5, 2.0, size=d) + rng.uniform(-1.0, 1.0, size=d)
        w = rng.normal(0.0, 1.5, size=d)
        bias = rng.uniform(-1.0, 1.0)
        p = 1.0 / (1.0 + np.exp(-(X @ w + bias)))
        y = (rng.random(n) < p).astype(int)
        cases.append({"X": np.round(X, 4).tolist(), "y": y.tolist(), "lr": lr, "n_iters": n_iters})
    return cases
