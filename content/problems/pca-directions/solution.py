import numpy as np


def pca_directions(X: np.ndarray, k: int) -> np.ndarray:
    """Eigenvectors of the covariance of the centred data, largest eigenvalues first."""
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    n = X.shape[0]
    covariance = centred.T @ centred / max(n - 1, 1)
    eigenvalues, eigenvectors = np.linalg.eigh(covariance)  # ascending order, vectors as columns
    order = np.argsort(eigenvalues)[::-1][:k]
    components = eigenvectors[:, order].T
    return components / np.linalg.norm(components, axis=1, keepdims=True)
