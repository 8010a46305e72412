# Var(aX + b) taken as a * Var(X): the scale factor must be squared (and the result is never negative).
import numpy as np


def discrete_moments(values: np.ndarray, probs: np.ndarray, a: float, b: float) -> list[float]:
    x = np.asarray(values, dtype=float)
    p = np.asarray(probs, dtype=float)
    mean = float(np.sum(p * x))
    var = float(np.sum(p * (x - mean) ** 2))
    return [mean, var, a * mean + b, a * var]
