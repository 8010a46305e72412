import numpy as np


def generate(seed: int) -> list[dict]:
    """Random rounds: unnormalised positive weights, and weak learners of varying accuracy."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, accuracy, normalised in [
        (10, 0.7, True), (25, 0.8, False), (50, 0.6, False), (8, 0.9, True),
        (100, 0.55, False), (30, 0.35, False),
    ]:
        weights = rng.uniform(0.1, 3.0, size=n)
        if normalised:
            weights = weights / weights.sum()
        y_true = rng.choice([-1, 1], size=n)
        y_pred = np.where(rng.random(n) < accuracy, y_true, -y_true)
        cases.append(
            {"weights": np.round(weights, 6).tolist(), "y_true": y_true.tolist(), "y_pred": y_pred.tolist()}
        )
    return cases
