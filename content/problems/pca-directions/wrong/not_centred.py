import numpy as np


def pca_directions(X: np.ndarray, k: int) -> np.ndarray:
    # Skips centring: the "scatter" matrix X^T X is dominated by the mean when the
    # data sits far from the origin.
    X = np.asarray(X, dtype=float)
    eigenvalues, eigenvectors = np.linalg.eigh(X.T @ X)
    order = np.argsort(eigenvalues)[::-1][:k]
    return eigenvectors[:, order].T
