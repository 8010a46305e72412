import numpy as np


def adaboost_round(weights: np.ndarray, y_true: np.ndarray, y_pred: np.ndarray) -> np.ndarray:
    """One round of discrete AdaBoost with labels in {-1, +1}.

    err = (sum of the weights of misclassified samples) / (sum of all weights), clipped to
    [1e-10, 1 - 1e-10]; alpha = 0.5 * ln((1 - err) / err); each weight is multiplied by
    exp(-alpha * y_true * y_pred) and the new weights are renormalised to sum to 1.

    Args:
        weights: positive float array of shape (n,) (not necessarily summing to 1).
        y_true: array of shape (n,) with values -1 or +1.
        y_pred: array of shape (n,) with values -1 or +1, the weak learner's predictions.

    Returns:
        Float array of shape (n + 1,): [alpha, new_weight_1, ..., new_weight_n].
    """
    raise NotImplementedError
