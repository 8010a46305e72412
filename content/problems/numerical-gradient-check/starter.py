import numpy as np


def numerical_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float, h: float) -> np.ndarray:
    """Central-difference gradient of the L2-regularised logistic loss at w.

    f(w) = mean_i log(1 + exp(-y[i] * (X[i] @ w))) + lam * sum(w ** 2)

    Args:
        X: float array of shape (n, d).
        y: array of shape (n,), labels in {-1, +1}.
        w: float array of shape (d,), the point where the gradient is estimated.
        lam: regularisation strength, >= 0.
        h: the finite-difference step, > 0.

    Returns:
        Float array of shape (d,): g[j] = (f(w + h e_j) - f(w - h e_j)) / (2 h).
    """
    raise NotImplementedError
