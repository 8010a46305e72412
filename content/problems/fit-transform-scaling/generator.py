import numpy as np


def generate(seed: int) -> list[dict]:
    """Random train/test splits with columns on very different scales; some cases include a
    constant training column (an integer value, so its spread is exactly zero) and test rows
    outside the training range."""
    rng = np.random.default_rng(seed)
    cases = []
    settings = [
        # n, d, m, mode, constant column?
        (20, 3, 8, "standard", False),
        (20, 3, 8, "minmax", False),
        (50, 5, 12, "standard", True),
        (50, 5, 12, "minmax", True),
        (6, 4, 10, "standard", False),
        (100, 2, 30, "minmax", False),
        (9, 6, 3, "standard", True),
    ]
    for n, d, m, mode, with_constant in settings:
        scales = 10.0 ** rng.uniform(-2, 3, size=d)
        offsets = rng.uniform(-50, 50, size=d)
        X_train = offsets + scales * rng.standard_normal((n, d))
        X_test = offsets + 1.5 * scales * rng.standard_normal((m, d))  # wider: leaves the train range
        X_train, X_test = np.round(X_train, 4), np.round(X_test, 4)
        if with_constant:
            j = int(rng.integers(0, d))
            X_train[:, j] = float(rng.integers(-5, 6))
            X_test[:, j] = np.round(rng.uniform(-10, 10, size=m), 4)
        cases.append({"X_train": X_train.tolist(), "X_test": X_test.tolist(), "mode": mode})
    return cases
