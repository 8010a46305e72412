import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Mean softmax cross-entropy of a batch and its gradient with respect to the logits.

    Args:
        logits: float array of shape (n, k), one row of class scores per example.
        labels: int array of shape (n,), the true class of each row, in 0 .. k - 1.

    Returns:
        Float array of length 1 + n * k: np.concatenate(([loss], grad.ravel())), where
        loss is the mean cross-entropy over the n rows and grad (shape (n, k)) is the
        gradient of that mean loss with respect to logits. Must stay finite for logits
        as large as +-1000.
    """
    raise NotImplementedError
