import numpy as np


def gaussian_nb_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, var_smoothing: float
) -> list[int]:
    """Fit Gaussian naive Bayes on (X_train, y_train) and predict a label for each test row.

    Args:
        X_train: array of shape (n, d), the training features.
        y_train: int array of shape (n,), the training labels.
        X_test: array of shape (m, d), the rows to classify.
        var_smoothing: positive float added to every per-class, per-feature variance.

    Returns:
        A list of m ints: for each test row the class with the highest
        log prior + sum of Gaussian log densities, using POPULATION variances (divide by the
        class size) plus var_smoothing. Ties go to the smallest label.
    """
    raise NotImplementedError
