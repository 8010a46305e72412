import numpy as np


def generate(seed: int) -> list[dict]:
    """Larger batches of logits at small, moderate and huge scales."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, k, scale, offset in [(200, 10, 3.0, 0.0), (100, 5, 50.0, 900.0), (150, 8, 200.0, -600.0)]:
        logits = offset + scale * rng.standard_normal((n, k))
        cases.append({"logits": np.round(logits, 6).tolist()})
    return cases
