import numpy as np


def bagging_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, n_estimators: int, seed: int
) -> np.ndarray:
    """Bagging of nearest-centroid classifiers.

    rng = np.random.default_rng(seed); for each of the n_estimators models, draw
    rng.integers(0, n, size=n) as the bootstrap row indices, fit a nearest-centroid classifier on
    those rows (one mean per class present in the sample), and predict every test row.
    The final label of a test row is the majority vote over the models; ties go to the smallest label.

    Args:
        X_train: float array of shape (n, d).
        y_train: int array of shape (n,), the class labels.
        X_test: float array of shape (m, d).
        n_estimators: number of bootstrap models, >= 1.
        seed: seed for np.random.default_rng.

    Returns:
        Int array of shape (m,): the predicted label of each test row.
    """
    raise NotImplementedError
