import numpy as np


def logistic_regression_gd(X: np.ndarray, y: np.ndarray, lr: float, n_iters: int) -> np.ndarray:
    """Train logistic regression (weights + bias) with full-batch gradient descent.

    Args:
        X: array of shape (n, d), the features.
        y: array of shape (n,) of 0/1 labels.
        lr: learning rate, > 0.
        n_iters: number of gradient steps, >= 0.

    Returns:
        Float array of shape (d + 1,): [bias, w_1, ..., w_d] after n_iters steps that start
        from all zeros and follow the gradient of the MEAN log-loss. The sigmoid must not
        overflow or produce NaN for large |z|.
    """
    raise NotImplementedError
