import numpy as np


def kmeans_labels(X: np.ndarray, init_centroids: np.ndarray, max_iter: int) -> list[int]:
    """Run Lloyd's k-means algorithm from the given centroids and return the labels.

    Args:
        X: float array of shape (n, d), one point per row.
        init_centroids: float array of shape (c, d), the starting centroids.
        max_iter: maximum number of iterations (assignment + update), at least 1.

    Returns:
        A list of n Python ints: the index of the centroid each point is assigned to
        in the last assignment step.
    """
    raise NotImplementedError
