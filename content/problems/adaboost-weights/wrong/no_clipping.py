# Does not clip the error: a perfect weak learner gives err = 0, alpha = inf and nan weights.
import numpy as np


def adaboost_round(weights, y_true, y_pred):
    weights, y_true, y_pred = (np.asarray(a, dtype=float) for a in (weights, y_true, y_pred))
    error = weights[y_pred != y_true].sum() / weights.sum()
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        alpha = 0.5 * np.log((1 - error) / error)
        updated = weights * np.exp(-alpha * y_true * y_pred)
        return np.concatenate([[alpha], updated / updated.sum()])
