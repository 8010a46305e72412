import numpy as np


def kmeans_labels(X: np.ndarray, init_centroids: np.ndarray, max_iter: int) -> list[int]:
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    labels = None
    for _ in range(max_iter):
        # L1 (Manhattan) distance instead of Euclidean distance.
        distances = np.abs(X[:, None, :] - centroids[None, :, :]).sum(axis=2)
        new_labels = distances.argmin(axis=1)
        if labels is not None and np.array_equal(new_labels, labels):
            break
        labels = new_labels
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members) > 0:
                centroids[j] = members.mean(axis=0)
    return labels.tolist()
