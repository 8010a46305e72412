import numpy as np


def batchnorm_forward(X: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """Training-mode batch normalisation over the batch axis (population variance)."""
    X = np.asarray(X, dtype=float)
    gamma = np.asarray(gamma, dtype=float)
    beta = np.asarray(beta, dtype=float)
    mean = X.mean(axis=0)
    var = ((X - mean) ** 2).mean(axis=0)  # divide by n, not n - 1
    return gamma * (X - mean) / np.sqrt(var + eps) + beta
