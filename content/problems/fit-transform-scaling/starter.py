import numpy as np


def scale_features(X_train: np.ndarray, X_test: np.ndarray, mode: str) -> np.ndarray:
    """Fit a feature scaler on the training data and apply it to the test data.

    Args:
        X_train: float array of shape (n, d), the training rows (used to fit the scaler).
        X_test: float array of shape (m, d), the rows to transform.
        mode: "standard" (z-score with the population standard deviation) or
            "minmax" (map the training range to [0, 1]).

    Returns:
        Float array of shape (m, d): the scaled test rows. Columns that are constant in
        X_train map to 0.0.
    """
    raise NotImplementedError
