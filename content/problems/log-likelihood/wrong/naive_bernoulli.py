# Textbook formula x*log(p) + (1-x)*log(1-p) applied blindly: at p = 0 or 1 it evaluates 0 * (-inf) = nan.
import numpy as np


def log_likelihood(x: np.ndarray, dist: str, params: list[float]) -> float:
    x = np.asarray(x, dtype=float)
    if dist == "bernoulli":
        p = params[0]
        with np.errstate(divide="ignore", invalid="ignore"):
            return float(np.sum(x * np.log(p) + (1 - x) * np.log(1 - p)))
    mu, sigma = params
    return float(np.sum(-0.5 * np.log(2 * np.pi * sigma**2) - (x - mu) ** 2 / (2 * sigma**2)))
