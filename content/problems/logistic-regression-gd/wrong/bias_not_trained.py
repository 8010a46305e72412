# Never updates the bias (it stays 0), as if the model had no intercept.
import numpy as np


def logistic_regression_gd(X: np.ndarray, y: np.ndarray, lr: float, n_iters: int) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    w = np.zeros(X.shape[1])
    for _ in range(n_iters):
        z = np.clip(X @ w, -500, 500)
        error = 1.0 / (1.0 + np.exp(-z)) - y
        w = w - lr * X.T @ error / n
    return np.concatenate([[0.0], w])
