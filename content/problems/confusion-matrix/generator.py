import numpy as np


def generate(seed: int) -> list[dict]:
    """Larger random cases: noisy predictions over several classes."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, n_classes in [(150, 3), (300, 6), (250, 10)]:
        y_true = rng.integers(0, n_classes, size=n)
        noise = rng.integers(0, n_classes, size=n)
        keep = rng.random(n) < 0.6
        y_pred = np.where(keep, y_true, noise)
        cases.append({"y_true": y_true.tolist(), "y_pred": y_pred.tolist(), "n_classes": n_classes})
    return cases
