# Returns the average log-likelihood per observation instead of the total (sum).
import math

import numpy as np


def log_likelihood(x: np.ndarray, dist: str, params: list[float]) -> float:
    x = np.asarray(x, dtype=float)
    if dist == "bernoulli":
        p = params[0]
        ones = int(np.sum(x == 1))
        zeros = x.size - ones
        if (ones and p == 0) or (zeros and p == 1):
            return float("-inf")
        total = (ones * math.log(p) if ones else 0.0) + (zeros * math.log(1 - p) if zeros else 0.0)
        return total / x.size
    mu, sigma = params
    return float(np.mean(-0.5 * np.log(2 * np.pi * sigma**2) - (x - mu) ** 2 / (2 * sigma**2)))
