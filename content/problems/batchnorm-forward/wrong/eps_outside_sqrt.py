# Adds eps to the standard deviation (sqrt(var) + eps) instead of to the variance under the root.
import numpy as np


def batchnorm_forward(X: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    var = X.var(axis=0)
    return gamma * (X - mean) / (np.sqrt(var) + eps) + beta
