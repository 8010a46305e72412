# Clips min-max output to [0, 1]: test values outside the training range must not be clipped.
import numpy as np


def scale_features(X_train: np.ndarray, X_test: np.ndarray, mode: str) -> np.ndarray:
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    low, high = X_train.min(axis=0), X_train.max(axis=0)
    constant = high == low
    if mode == "standard":
        centre, spread = X_train.mean(axis=0), X_train.std(axis=0)
    else:
        centre, spread = low, high - low
    scaled = (X_test - centre) / np.where(constant, 1.0, spread)
    scaled[:, constant] = 0.0
    if mode == "minmax":
        scaled = np.clip(scaled, 0.0, 1.0)
    return scaled
