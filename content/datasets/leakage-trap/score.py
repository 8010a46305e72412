"""ROC AUC of the return scores (greater is better); tied scores count as half a correct pair."""

import numpy as np
from sklearn.metrics import roc_auc_score


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true, dtype=int).ravel()
    p = np.asarray(y_pred, dtype=float).ravel()
    if p.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} predictions, got {p.shape[0]}")
    if not np.all(np.isfinite(p)):
        raise ValueError("predictions contain NaN or infinite values")
    if len(np.unique(y)) < 2:
        raise ValueError("the test split needs both returned and kept orders")
    return float(roc_auc_score(y, p))
