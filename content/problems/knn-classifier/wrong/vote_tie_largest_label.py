# Breaks vote ties towards the largest label (max over (count, label)) instead of the smallest.
import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> list[int]:
    X_train = np.asarray(X_train, dtype=float)
    predictions = []
    for x in np.asarray(X_test, dtype=float):
        distances = np.linalg.norm(X_train - x, axis=1)
        nearest = np.argsort(distances, kind="stable")[:k]
        counts: dict[int, int] = {}
        for label in y_train[nearest].tolist():
            counts[label] = counts.get(label, 0) + 1
        predictions.append(max(counts, key=lambda label: (counts[label], label)))
    return predictions
