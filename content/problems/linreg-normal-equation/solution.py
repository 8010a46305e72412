import numpy as np


def linear_regression_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Least squares on the design matrix [1 | X]; returns [bias, w_1, ..., w_d]."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    design = np.column_stack([np.ones(X.shape[0]), X])
    theta, *_ = np.linalg.lstsq(design, y, rcond=None)
    return theta
