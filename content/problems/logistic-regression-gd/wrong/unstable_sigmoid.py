# Uses sigmoid(z) = exp(z) / (1 + exp(z)): for z > ~709 this is inf / inf = NaN.
import numpy as np


def logistic_regression_gd(X: np.ndarray, y: np.ndarray, lr: float, n_iters: int) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_iters):
        ez = np.exp(X @ w + b)
        error = ez / (1.0 + ez) - y
        w = w - lr * X.T @ error / n
        b = b - lr * error.mean()
    return np.concatenate([[b], w])
