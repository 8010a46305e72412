# Puts all of alpha in each tail (percentiles alpha and 1 - alpha): a too-narrow (1 - 2*alpha) interval.
import numpy as np


def bootstrap_ci(x: np.ndarray, n_boot: int, alpha: float, seed: int) -> list[float]:
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1)
    lower, upper = np.percentile(means, [100.0 * alpha, 100.0 * (1.0 - alpha)])
    return [float(lower), float(upper)]
