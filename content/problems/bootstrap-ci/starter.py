import numpy as np


def bootstrap_ci(x: np.ndarray, n_boot: int, alpha: float, seed: int) -> list[float]:
    """Percentile bootstrap (1 - alpha) confidence interval for the mean of x.

    Args:
        x: float array of shape (n,), the sample, n >= 1.
        n_boot: number of bootstrap resamples B, >= 1.
        alpha: 0 < alpha < 1; the interval has nominal coverage 1 - alpha.
        seed: seed for numpy.random.default_rng (see the statement for the exact protocol).

    Returns:
        [lower, upper] as two floats.
    """
    raise NotImplementedError
