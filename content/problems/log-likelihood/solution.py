import math

import numpy as np


def log_likelihood(x: np.ndarray, dist: str, params: list[float]) -> float:
    """Sum of log densities (Gaussian) or log probabilities (Bernoulli), with 0 * log 0 = 0."""
    x = np.asarray(x, dtype=float)
    if dist == "bernoulli":
        p = float(params[0])
        ones = int(np.sum(x == 1.0))
        zeros = x.size - ones
        total = 0.0
        if ones:
            if p == 0.0:
                return float("-inf")
            total += ones * math.log(p)
        if zeros:
            if p == 1.0:
                return float("-inf")
            total += zeros * math.log(1.0 - p)
        return total
    mu, sigma = float(params[0]), float(params[1])
    z = (x - mu) / sigma
    return float(-0.5 * x.size * math.log(2.0 * math.pi * sigma * sigma) - 0.5 * np.sum(z * z))
