import numpy as np


def generate(seed: int) -> list[dict]:
    """Small-integer grids (many exact distance and vote ties) and clustered float data."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, m, d, n_classes, k, high in [(40, 30, 2, 3, 4, 6), (80, 40, 3, 4, 6, 5), (60, 50, 2, 2, 2, 8), (30, 25, 1, 3, 5, 10), (100, 40, 2, 5, 7, 7)]:
        X_train = rng.integers(0, high, size=(n, d))
        X_test = rng.integers(0, high, size=(m, d))
        y_train = rng.integers(0, n_classes, size=n)
        cases.append({"X_train": X_train.tolist(), "y_train": y_train.tolist(), "X_test": X_test.tolist(), "k": k})
    for n, m, d, n_classes, k in [(150, 60, 4, 3, 5), (200, 80, 2, 4, 9)]:
        centres = rng.uniform(-5.0, 5.0, size=(n_classes, d))
        y_train = rng.integers(0, n_classes, size=n)
        X_train = centres[y_train] + 1.5 * rng.standard_normal((n, d))
        X_test = rng.uniform(-7.0, 7.0, size=(m, d))
        cases.append({"X_train": np.round(X_train, 3).tolist(), "y_train": y_train.tolist(), "X_test": np.round(X_test, 3).tolist(), "k": k})
    return cases
