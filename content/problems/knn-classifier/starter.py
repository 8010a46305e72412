import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> list[int]:
    """Predict a label for each test row by a majority vote of its k nearest training rows.

    Args:
        X_train: array of shape (n, d), the training points.
        y_train: int array of shape (n,), their labels (non-negative ints).
        X_test: array of shape (m, d), the points to classify.
        k: number of neighbours, 1 <= k <= n.

    Returns:
        A list of m ints. Distance is Euclidean; among equal distances the training row with the
        lower index is nearer; a tied vote goes to the smallest label.
    """
    raise NotImplementedError
