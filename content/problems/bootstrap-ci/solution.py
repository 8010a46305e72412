import numpy as np


def bootstrap_ci(x: np.ndarray, n_boot: int, alpha: float, seed: int) -> list[float]:
    """Percentile bootstrap interval for the mean, with one (n_boot, n) draw of indices."""
    x = np.asarray(x, dtype=float)
    n = x.size
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    means = x[idx].mean(axis=1)
    lower = np.percentile(means, 100.0 * (alpha / 2.0), method="linear")
    upper = np.percentile(means, 100.0 * (1.0 - alpha / 2.0), method="linear")
    return [float(lower), float(upper)]
