import numpy as np


def discrete_moments(values: np.ndarray, probs: np.ndarray, a: float, b: float) -> list[float]:
    """Moments of a discrete random variable X with P(X = values[i]) = probs[i].

    Args:
        values: float array of shape (n,), the possible values (not necessarily distinct).
        probs: float array of shape (n,), non-negative, summing to 1.
        a, b: floats defining the linear transform Y = a * X + b.

    Returns:
        [E[X], Var(X), E[Y], Var(Y)] as four floats.
    """
    raise NotImplementedError
