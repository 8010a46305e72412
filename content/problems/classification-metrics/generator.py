import numpy as np


def generate(seed: int) -> list[dict]:
    """Random multi-class predictions that agree with the truth part of the time."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, n_classes, agreement in [(30, 2, 0.7), (100, 3, 0.6), (250, 5, 0.5), (60, 4, 0.3), (500, 2, 0.9), (40, 6, 0.4)]:
        y_true = rng.integers(0, n_classes, size=n)
        noise = rng.integers(0, n_classes, size=n)
        y_pred = np.where(rng.random(n) < agreement, y_true, noise)
        positive = int(rng.integers(0, n_classes))
        cases.append({"y_true": y_true.tolist(), "y_pred": y_pred.tolist(), "positive": positive})
    return cases
