# Appends the column of ones at the end, so the bias is returned last instead of first.
import numpy as np


def linear_regression_fit(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    design = np.column_stack([X, np.ones(X.shape[0])])
    return np.linalg.solve(design.T @ design, design.T @ y)
