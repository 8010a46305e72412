# Var(X) = E[X^2] - E[X]^2: right on paper, but catastrophic cancellation when the values share a large offset.
import numpy as np


def discrete_moments(values: np.ndarray, probs: np.ndarray, a: float, b: float) -> list[float]:
    x = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    mean = float(np.sum(p * x))
    var = float(np.sum(p * x * x) - mean * mean)
    return [mean, var, a * mean + b, a * a * var]
