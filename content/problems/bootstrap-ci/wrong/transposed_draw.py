# Draws the indices with shape (n, B) and averages down the columns: a different use of the
# random stream, so the resamples are not the ones the protocol prescribes.
import numpy as np


def bootstrap_ci(x: np.ndarray, n_boot: int, alpha: float, seed: int) -> list[float]:
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    means = x[rng.integers(0, x.size, size=(x.size, n_boot))].mean(axis=0)
    lower, upper = np.percentile(means, [100.0 * alpha / 2, 100.0 * (1.0 - alpha / 2)])
    return [float(lower), float(upper)]
