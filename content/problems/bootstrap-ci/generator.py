import numpy as np


def generate(seed: int) -> list[dict]:
    """Skewed and symmetric samples of various sizes, with various B and alpha."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, n_boot, alpha, kind in [(15, 500, 0.05, "normal"), (40, 1000, 0.1, "exponential"),
                                   (8, 2000, 0.05, "normal"), (100, 999, 0.01, "lognormal"),
                                   (300, 2000, 0.05, "exponential"), (25, 250, 0.2, "normal")]:
        if kind == "normal":
            x = rng.normal(rng.uniform(-50, 50), rng.uniform(0.5, 10), size=n)
        elif kind == "exponential":
            x = rng.exponential(rng.uniform(1, 20), size=n)
        else:
            x = rng.lognormal(0.0, 1.0, size=n)
        cases.append({"x": np.round(x, 3).tolist(), "n_boot": n_boot, "alpha": alpha,
                      "seed": int(rng.integers(0, 100_000))})
    return cases
