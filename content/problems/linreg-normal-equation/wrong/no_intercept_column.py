# Forgets the column of ones: fits a line through the origin and reports a zero bias.
import numpy as np


def linear_regression_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.solve(X.T @ X, X.T @ y)
    return np.concatenate([[0.0], w])
