import numpy as np


def generate(seed: int) -> list[dict]:
    """Batches of logits at small, moderate and huge scales, with random labels."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, k, scale, offset in [(50, 3, 1.0, 0.0), (120, 10, 4.0, 2.0), (80, 5, 300.0, 700.0), (60, 4, 500.0, -900.0), (200, 7, 2.0, -1.0)]:
        logits = offset + scale * rng.standard_normal((n, k))
        labels = rng.integers(0, k, size=n)
        cases.append({"logits": np.round(logits, 5).tolist(), "labels": labels.tolist()})
    return cases
