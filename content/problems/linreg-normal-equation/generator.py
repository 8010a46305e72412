import numpy as np


def generate(seed: int) -> list[dict]:
    """Noisy linear data with mildly correlated, offset features (well conditioned)."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, noise in [(50, 1, 0.5), (80, 3, 0.2), (120, 5, 1.0), (200, 8, 0.1), (40, 4, 2.0), (300, 2, 0.05)]:
        mix = np.eye(d) + 0.4 * rng.standard_normal((d, d))
        X = rng.standard_normal((n, d)) @ mix * rng.uniform(0.5, 3.0, size=d) + rng.uniform(-10, 10, size=d)
        w = rng.uniform(-4.0, 4.0, size=d)
        bias = rng.uniform(-20.0, 20.0)
        y = bias + X @ w + noise * rng.standard_normal(n)
        cases.append({"X": np.round(X, 4).tolist(), "y": np.round(y, 4).tolist()})
    return cases
