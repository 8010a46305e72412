"""Accuracy of the approve/decline decisions, but only if the fairness limits hold (greater is better).

score = accuracy  if  DP gap <= 0.08  and  EO gap <= 0.08  and  accuracy >= 0.70,  else 0.0
  DP gap (demographic parity)  = |approval rate in group A - approval rate in group B|
  EO gap (equal opportunity)   = |approval rate among group A applicants who repaid
                                  - approval rate among group B applicants who repaid|
"""

import numpy as np

MAX_DP_GAP = 0.08
MAX_EO_GAP = 0.08
MIN_ACCURACY = 0.70
_EPS = 1e-12  # rounding slack for the comparisons


def gaps(y, decision, group) -> tuple[float, float, float]:
    """Return (accuracy, DP gap, EO gap) for 0/1 arrays and a group array of 'A'/'B'."""
    a, b = group == "A", group == "B"
    accuracy = float(np.mean(decision == y))
    dp = abs(decision[a].mean() - decision[b].mean())
    eo = abs(decision[a & (y == 1)].mean() - decision[b & (y == 1)].mean())
    return accuracy, float(dp), float(eo)


def score(y_true, y_pred, X) -> float:
    y = np.asarray(y_true, dtype=int).ravel()
    raw = np.asarray(y_pred).ravel()
    if raw.shape[0] != y.shape[0]:
        raise ValueError(f"expected {y.shape[0]} decisions, got {raw.shape[0]}")
    try:
        decision = raw.astype(float)
    except (TypeError, ValueError) as exc:
        raise ValueError("decisions must be 0 or 1") from exc
    if not np.all(np.isfinite(decision)):
        raise ValueError("decisions contain NaN or infinite values")
    if not np.all((decision == 0) | (decision == 1)):
        raise ValueError("decisions must be 0 (decline) or 1 (approve); got other values")
    decision = decision.astype(int)
    group = np.asarray(X["group"])
    for g in ("A", "B"):
        if not np.any((group == g) & (y == 1)):
            raise ValueError(f"the test split has no repaid loans in group {g}")
    accuracy, dp, eo = gaps(y, decision, group)
    if dp <= MAX_DP_GAP + _EPS and eo <= MAX_EO_GAP + _EPS and accuracy >= MIN_ACCURACY - _EPS:
        return accuracy
    return 0.0
