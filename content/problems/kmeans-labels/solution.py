import numpy as np


def kmeans_labels(X: np.ndarray, init_centroids: np.ndarray, max_iter: int) -> list[int]:
    """Lloyd's algorithm: assign to the nearest centroid, move centroids to cluster means."""
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)  # a copy: never modify the input
    labels = None
    for _ in range(max_iter):
        squared = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        new_labels = squared.argmin(axis=1)  # argmin picks the lowest index on ties
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members) > 0:  # an empty cluster keeps its previous centroid
                centroids[j] = members.mean(axis=0)
    return [int(label) for label in labels]
