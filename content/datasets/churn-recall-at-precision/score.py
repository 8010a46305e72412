"""Recall at a minimum precision of 0.40 (greater is better)."""

import numpy as np

MIN_PRECISION = 0.40


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true, dtype=int).ravel()
    p = np.asarray(y_pred, dtype=float).ravel()
    if p.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} predictions, got {p.shape[0]}")
    if not np.all(np.isfinite(p)):
        raise ValueError("predictions contain NaN or infinite values")
    positives = int(y.sum())
    if positives == 0:
        raise ValueError("the test split has no positive labels")
    # Sort by score, highest first; a cut may only fall between different scores,
    # so tied customers are always contacted (or skipped) together.
    order = np.argsort(-p, kind="stable")
    p_sorted, y_sorted = p[order], y[order]
    tp = np.cumsum(y_sorted)
    flagged = np.arange(1, len(y) + 1)
    group_end = np.r_[p_sorted[1:] != p_sorted[:-1], True]
    tp, flagged = tp[group_end], flagged[group_end]
    precision = tp / flagged
    recall = tp / positives
    ok = precision >= MIN_PRECISION - 1e-12
    return float(recall[ok].max()) if ok.any() else 0.0
