import numpy as np


def generate(seed: int) -> list[dict]:
    """Larger score sets: overlapping classes, rounded scores (many ties), imbalance."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, pos_rate, gap, decimals in [(200, 0.5, 1.0, 1), (300, 0.1, 1.5, 2), (400, 0.3, 0.5, 6), (250, 0.7, -0.3, 0)]:
        y = (rng.random(n) < pos_rate).astype(int)
        y[0], y[1] = 0, 1  # both classes present
        scores = rng.standard_normal(n) + gap * y
        cases.append({"y_true": y.tolist(), "scores": np.round(scores, decimals).tolist()})
    return cases
