"""Mean absolute percentage error of the daily rental forecast, in percent (lower is better)."""

import numpy as np


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true, dtype=float).ravel()
    p = np.asarray(y_pred, dtype=float).ravel()
    if p.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} predictions, got {p.shape[0]}")
    if not np.all(np.isfinite(p)):
        raise ValueError("predictions contain NaN or infinite values")
    if np.any(y <= 0):
        raise ValueError("MAPE needs strictly positive true values")
    return float(100.0 * np.mean(np.abs(y - p) / y))
