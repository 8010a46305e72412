import numpy as np


def batchnorm_forward(X: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """Batch normalisation forward pass in training mode.

    Args:
        X: float array (n, d): a mini-batch, one example per row.
        gamma: float array (d,): per-feature scale.
        beta: float array (d,): per-feature shift.
        eps: small positive float added to the variance inside the square root.

    Returns:
        Float array (n, d): each column normalised with the batch mean and the population
        variance (divide by n) of that column, then scaled by gamma and shifted by beta.
    """
    raise NotImplementedError
