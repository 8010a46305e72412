# Sorts (distance, label) pairs: equal distances are then ordered by label instead of by training index.
import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> list[int]:
    X_train = np.asarray(X_train, dtype=float)
    predictions = []
    for x in np.asarray(X_test, dtype=float):
        distances = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        nearest = sorted(zip(distances.tolist(), [int(v) for v in y_train]))[:k]
        counts: dict[int, int] = {}
        for _, label in nearest:
            counts[label] = counts.get(label, 0) + 1
        predictions.append(min(counts, key=lambda label: (-counts[label], label)))
    return predictions
