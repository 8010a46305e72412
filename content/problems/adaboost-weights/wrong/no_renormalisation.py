# Updates the weights but forgets to renormalise them to sum to 1.
import numpy as np


def adaboost_round(weights, y_true, y_pred):
    weights, y_true, y_pred = (np.asarray(a, dtype=float) for a in (weights, y_true, y_pred))
    error = np.clip(weights[y_pred != y_true].sum() / weights.sum(), 1e-10, 1 - 1e-10)
    alpha = 0.5 * np.log((1 - error) / error)
    return np.concatenate([[alpha], weights * np.exp(-alpha * y_true * y_pred)])
