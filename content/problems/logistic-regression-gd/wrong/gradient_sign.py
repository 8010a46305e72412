# Writes the error as y - p but still subtracts lr * gradient: this is gradient ascent on the loss.
import numpy as np


def logistic_regression_gd(X: np.ndarray, y: np.ndarray, lr: float, n_iters: int) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_iters):
        z = np.clip(X @ w + b, -500, 500)
        error = y - 1.0 / (1.0 + np.exp(-z))
        w = w - lr * X.T @ error / n
        b = b - lr * error.mean()
    return np.concatenate([[b], w])
