import numpy as np


def roc_auc(y_true: list[int], scores: np.ndarray) -> float:
    """Area under the ROC curve of `scores` for the binary labels `y_true`.

    Args:
        y_true: list of 0/1 labels (both classes present).
        scores: 1-D array of the same length; a higher score means "more likely positive".

    Returns:
        The probability that a random positive scores higher than a random negative,
        with ties counted as one half, as a Python float.
    """
    raise NotImplementedError
