import numpy as np


def _loss(X: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float) -> float:
    margins = y * (X @ w)
    return float(np.mean(np.logaddexp(0.0, -margins)) + lam * np.dot(w, w))


def numerical_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float, h: float) -> np.ndarray:
    """Central differences of the L2-regularised logistic loss, one coordinate at a time."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    grad = np.zeros_like(w)
    for j in range(w.size):
        step = np.zeros_like(w)
        step[j] = h
        grad[j] = (_loss(X, y, w + step, lam) - _loss(X, y, w - step, lam)) / (2.0 * h)
    return grad
