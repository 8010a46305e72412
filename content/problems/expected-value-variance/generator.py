import numpy as np


def generate(seed: int) -> list[dict]:
    """Random discrete distributions (unequal probabilities), some far from the origin."""
    rng = np.random.default_rng(seed)
    cases = []
    # n, centre of the values, spread of the values
    for n, centre, spread in [(3, 0.0, 1.0), (6, 5.0, 3.0), (10, -20.0, 10.0), (12, 0.0, 100.0),
                              (8, 1.0e6, 2.0), (5, -3.0e5, 0.5), (20, 50.0, 25.0)]:
        values = np.round(centre + spread * rng.standard_normal(n), 3)
        weights = rng.integers(1, 50, size=n)
        probs = np.round(weights / weights.sum(), 12)
        a = float(np.round(rng.uniform(-4.0, 4.0), 2))
        b = float(np.round(rng.uniform(-10.0, 10.0), 2))
        cases.append({"values": values.tolist(), "probs": probs.tolist(), "a": a, "b": b})
    return cases
