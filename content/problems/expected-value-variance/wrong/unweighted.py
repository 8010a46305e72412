# Ignores the probabilities: averages the listed values as if they were equally likely.
import numpy as np


def discrete_moments(values: np.ndarray, probs: np.ndarray, a: float, b: float) -> list[float]:
    x = np.asarray(values, dtype=float)
    mean = float(np.mean(x))
    var = float(np.var(x))
    return [mean, var, a * mean + b, a * a * var]
