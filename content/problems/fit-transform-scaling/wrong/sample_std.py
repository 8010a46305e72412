# Uses the sample standard deviation (ddof=1, like pandas' default) instead of the population one.
import numpy as np


def scale_features(X_train: np.ndarray, X_test: np.ndarray, mode: str) -> np.ndarray:
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    low, high = X_train.min(axis=0), X_train.max(axis=0)
    constant = high == low
    if mode == "standard":
        centre = X_train.mean(axis=0)
        spread = X_train.std(axis=0, ddof=1) if len(X_train) > 1 else np.zeros(X_train.shape[1])
    else:
        centre, spread = low, high - low
    scaled = (X_test - centre) / np.where(constant, 1.0, spread)
    scaled[:, constant] = 0.0
    return scaled
