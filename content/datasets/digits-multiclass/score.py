"""Accuracy: the share of images whose predicted digit equals the true digit (greater is better)."""

import numpy as np


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true).ravel()
    p = np.asarray(y_pred).ravel()
    if p.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} predictions, got {p.shape[0]}")
    try:
        p = p.astype(float)
    except (TypeError, ValueError) as exc:
        raise ValueError("predictions must be digits 0-9 (numbers)") from exc
    if not np.all(np.isfinite(p)):
        raise ValueError("predictions contain NaN or infinite values")
    return float(np.mean(p == y.astype(float)))
