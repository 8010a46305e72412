import numpy as np


def generate(seed: int) -> list[dict]:
    """Bernoulli samples (some evaluated at p = 0 or 1) and Gaussian samples under shifted models."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, true_p, model_p in [(20, 0.3, 0.25), (100, 0.8, 0.8), (50, 0.5, 0.9), (15, 0.0, 0.0), (30, 1.0, 0.999)]:
        x = (rng.random(n) < true_p).astype(int)
        cases.append({"x": x.tolist(), "dist": "bernoulli", "params": [model_p]})
    for n in [10, 200, 1000]:
        mu, sigma = rng.uniform(-50, 50), rng.uniform(0.1, 20)
        x = rng.normal(mu, sigma, size=n)
        model = [float(np.round(mu + rng.normal(0, sigma / 3), 3)), float(np.round(sigma * rng.uniform(0.5, 2), 3))]
        cases.append({"x": np.round(x, 4).tolist(), "dist": "gaussian", "params": model})
    return cases
