# Fits each feature's slope on its own (cov(x_j, y) / var(x_j)): only right for uncorrelated features.
import numpy as np


def linear_regression_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    w = (Xc * yc[:, None]).sum(axis=0) / (Xc**2).sum(axis=0)
    bias = y.mean() - X.mean(axis=0) @ w
    return np.concatenate([[bias], w])
