import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> list[int]:
    """Majority label of the k nearest training rows (Euclidean), with the stated tie rules."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train, dtype=int)
    predictions = []
    for x in X_test:
        squared = ((X_train - x) ** 2).sum(axis=1)  # same order as the Euclidean distance
        nearest = np.argsort(squared, kind="stable")[:k]  # equal distances: lower index first
        labels, counts = np.unique(y_train[nearest], return_counts=True)  # labels ascending
        predictions.append(int(labels[np.argmax(counts)]))  # argmax takes the first (smallest) on ties
    return predictions
