import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)) without overflow: only exp of non-positive numbers is taken."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_regression_gd(X: np.ndarray, y: np.ndarray, lr: float, n_iters: int) -> np.ndarray:
    """Full-batch gradient descent on the mean log-loss, from zero; returns [bias, w_1, ..., w_d]."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        p = _sigmoid(X @ w + b)
        error = p - y
        grad_w = X.T @ error / n
        grad_b = error.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    return np.concatenate([[b], w])
