"""Macro-averaged F1 over the five queues (greater is better)."""

import numpy as np
from sklearn.metrics import f1_score

QUEUES = ["billing", "technical", "account", "delivery", "cancellation"]


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true).astype(str).ravel()
    raw = np.asarray(y_pred, dtype=object).ravel()
    if raw.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} predictions, got {raw.shape[0]}")
    if any(v is None or (isinstance(v, float) and np.isnan(v)) for v in raw):
        raise ValueError("predictions contain missing values (None or NaN)")
    p = raw.astype(str)
    unknown = sorted(set(p) - set(QUEUES))
    if unknown:
        raise ValueError(f"unknown queue names {unknown[:5]}; use one of {QUEUES}")
    return float(f1_score(y, p, labels=QUEUES, average="macro", zero_division=0))
