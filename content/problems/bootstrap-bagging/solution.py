import numpy as np


def _nearest_centroid(X: np.ndarray, y: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    """Fit on (X, y): one mean per class present in y; predict the class of the nearest mean."""
    classes = np.unique(y)  # sorted, so argmin's first-index rule gives the smallest label on ties
    centroids = np.array([X[y == c].mean(axis=0) for c in classes])
    distances = ((X_test[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return classes[np.argmin(distances, axis=1)]


def bagging_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, n_estimators: int, seed: int
) -> np.ndarray:
    """Bag nearest-centroid classifiers on bootstrap samples; majority vote, ties to the smallest label."""
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train)
    X_test = np.asarray(X_test, dtype=float)
    n = X_train.shape[0]
    rng = np.random.default_rng(seed)
    votes = np.empty((n_estimators, X_test.shape[0]), dtype=np.int64)
    for t in range(n_estimators):
        sample = rng.integers(0, n, size=n)
        votes[t] = _nearest_centroid(X_train[sample], y_train[sample], X_test)
    labels = np.unique(y_train)
    counts = np.array([(votes == label).sum(axis=0) for label in labels])  # (n_labels, m)
    return labels[np.argmax(counts, axis=0)].astype(np.int64)  # argmax: first (smallest) label on ties
