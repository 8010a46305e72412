import numpy as np


def generate(seed: int) -> list[dict]:
    """Larger noisy regression outputs, one good model, one poor, one offset."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, scale, noise, shift in [(120, 3.0, 0.5, 0.0), (300, 1.0, 2.0, 0.0), (200, 10.0, 4.0, 50.0)]:
        y_true = shift + scale * rng.standard_normal(n)
        y_pred = y_true + noise * rng.standard_normal(n)
        cases.append({"y_true": np.round(y_true, 4).tolist(), "y_pred": np.round(y_pred, 4).tolist()})
    return cases
