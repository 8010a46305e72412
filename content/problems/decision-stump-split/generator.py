import numpy as np


def generate(seed: int) -> list[dict]:
    """Features with few distinct values (repeats, ties), labels partly driven by one feature."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, n_classes, levels in [(20, 2, 2, 6), (60, 3, 3, 10), (150, 5, 2, 25), (90, 4, 4, 8), (40, 6, 3, 5), (120, 3, 2, 40)]:
        X = rng.integers(0, levels, size=(n, d)) / 2.0 - levels / 4.0
        driver = int(rng.integers(0, d))
        cut = np.median(X[:, driver])
        base = (X[:, driver] > cut).astype(int)
        y = np.where(rng.random(n) < 0.7, base, rng.integers(0, n_classes, size=n))
        cases.append({"X": X.tolist(), "y": y.tolist()})
    return cases
