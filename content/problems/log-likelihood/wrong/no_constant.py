# Drops the -0.5*log(2*pi*sigma^2) normalising term ("it is only a constant"), but it depends on sigma
# and the task asks for the full log-likelihood.
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
        return (ones * math.log(p) if ones else 0.0) + (zeros * math.log(1 - p) if zeros else 0.0)
    mu, sigma = params
    return float(-np.sum((x - mu) ** 2) / (2 * sigma**2))
