# Perturbs w in place (w[j] += h, then w[j] -= 2h) but never puts w[j] back, so every later
# coordinate is evaluated at a shifted point.
import numpy as np


def numerical_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray, lam: float, h: float) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w, dtype=float)

    def f(v):
        return np.mean(np.log1p(np.exp(-y * (X @ v)))) + lam * np.sum(v**2)

    grad = np.zeros(w.size)
    for j in range(w.size):
        w[j] += h
        plus = f(w)
        w[j] -= 2 * h
        minus = f(w)
        grad[j] = (plus - minus) / (2 * h)
    return grad
