import numpy as np


def best_split(X: np.ndarray, y: np.ndarray) -> list[float]:
    """Find the best single-feature threshold split by weighted Gini impurity (a decision stump).

    Args:
        X: array of shape (n, d), the features (n >= 1, d >= 1).
        y: int array of shape (n,), the class labels.

    Returns:
        [feature, threshold, weighted_gini] as floats. Rows with X[:, feature] <= threshold go
        left. Thresholds are midpoints between consecutive distinct sorted values of a feature.
        Ties: lowest feature index, then lowest threshold. If no feature has two distinct
        values, return [-1.0, 0.0, gini(y)].
    """
    raise NotImplementedError
