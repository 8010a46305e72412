"""Share of the fraud loss saved by the flag decisions, after paying for every check (greater is better)."""

import numpy as np

MISSED_FRAUD_COST = 50.0  # an unflagged fraud: the stolen amount, fees and handling
FLAG_COST = 1.0  # every flagged transaction: a verification step and some customer friction


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true, dtype=int).ravel()
    raw = np.asarray(y_pred).ravel()
    if raw.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} decisions, got {raw.shape[0]}")
    try:
        flag = raw.astype(float)
    except (TypeError, ValueError) as exc:
        raise ValueError("decisions must be 0 or 1") from exc
    if not np.all(np.isfinite(flag)):
        raise ValueError("decisions contain NaN or infinite values")
    if not np.all((flag == 0) | (flag == 1)):
        raise ValueError("decisions must be 0 (let through) or 1 (flag); got other values")
    flag = flag.astype(int)
    do_nothing = MISSED_FRAUD_COST * y.sum()
    if do_nothing == 0:
        raise ValueError("the test split has no fraud")
    cost = FLAG_COST * flag.sum() + MISSED_FRAUD_COST * np.sum((y == 1) & (flag == 0))
    return float(1.0 - cost / do_nothing)
