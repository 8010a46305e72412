import numpy as np


def scale_features(X_train: np.ndarray, X_test: np.ndarray, mode: str) -> np.ndarray:
    """Fit the scaler on X_train only, then transform X_test; constant columns give 0."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    low, high = X_train.min(axis=0), X_train.max(axis=0)
    constant = high == low
    if mode == "standard":
        centre = X_train.mean(axis=0)
        spread = X_train.std(axis=0)  # population standard deviation (ddof = 0)
    elif mode == "minmax":
        centre = low
        spread = high - low
    else:
        raise ValueError(f"unknown mode {mode!r}")
    safe = np.where(constant, 1.0, spread)
    scaled = (X_test - centre) / safe
    scaled[:, constant] = 0.0
    return scaled
