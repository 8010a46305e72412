import numpy as np


def generate(seed: int) -> list[dict]:
    """Well-separated Gaussian blobs; the starting centroids are random data points,
    so two of them can start in the same blob."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, c in [(120, 2, 3), (200, 3, 4), (300, 5, 5), (250, 2, 6)]:
        centres = rng.uniform(-30.0, 30.0, size=(c, d))
        while min(np.linalg.norm(a - b) for i, a in enumerate(centres) for b in centres[i + 1 :]) < 12.0:
            centres = rng.uniform(-30.0, 30.0, size=(c, d))
        blob = rng.integers(0, c, size=n)
        X = centres[blob] + rng.standard_normal((n, d))
        start = X[rng.choice(n, size=c, replace=False)]
        cases.append({"X": np.round(X, 4).tolist(), "init_centroids": np.round(start, 4).tolist(), "max_iter": 100})
    return cases
