import numpy as np


def adaboost_round(weights: np.ndarray, y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """One discrete AdaBoost round: [alpha, new normalised weights...]."""
    weights = np.asarray(weights, dtype=float)
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    error = weights[y_pred != y_true].sum() / weights.sum()
    error = float(np.clip(error, 1e-10, 1.0 - 1e-10))
    alpha = 0.5 * np.log((1.0 - error) / error)
    updated = weights * np.exp(-alpha * y_true * y_pred)
    return np.concatenate([[alpha], updated / updated.sum()])
