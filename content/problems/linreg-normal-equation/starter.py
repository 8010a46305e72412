import numpy as np


def linear_regression_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Fit ordinary least squares linear regression with an intercept.

    Args:
        X: array of shape (n, d), one sample per row (floats or ints).
        y: array of shape (n,), the targets.

    Returns:
        Float array of shape (d + 1,): [bias, w_1, ..., w_d], the parameters that minimise
        sum_i (y_i - bias - X[i] @ w) ** 2. The bias (intercept) comes FIRST.
    """
    raise NotImplementedError
