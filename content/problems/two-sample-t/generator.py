import numpy as np


def generate(seed: int) -> list[dict]:
    """Pairs of normal samples with unequal sizes, spreads and (sometimes) equal means."""
    rng = np.random.default_rng(seed)
    cases = []
    for na, nb in [(5, 12), (30, 30), (8, 40), (100, 60), (3, 7), (50, 9), (200, 150)]:
        mu = rng.uniform(-20.0, 20.0)
        shift = rng.choice([0.0, rng.uniform(-3.0, 3.0)])
        a = rng.normal(mu, rng.uniform(0.5, 5.0), size=na)
        b = rng.normal(mu + shift, rng.uniform(0.5, 5.0), size=nb)
        cases.append({"a": np.round(a, 3).tolist(), "b": np.round(b, 3).tolist()})
    return cases
