# One-sided (forward) difference (f(w + h e_j) - f(w)) / h: error O(h) instead of O(h^2).
import numpy as np


def numerical_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float, h: float) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)

    def f(v):
        return np.mean(np.log1p(np.exp(-y * (X @ v)))) + lam * np.sum(v**2)

    base = f(w)
    grad = np.zeros(w.size)
    for j in range(w.size):
        e = np.zeros(w.size)
        e[j] = h
        grad[j] = (f(w + e) - base) / h
    return grad
