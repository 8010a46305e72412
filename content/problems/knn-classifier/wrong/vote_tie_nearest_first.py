# Uses Counter.most_common: a tied vote goes to the label seen first (the nearest), not the smallest.
from collections import Counter

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> list[int]:
    X_train = np.asarray(X_train, dtype=float)
    predictions = []
    for x in np.asarray(X_test, dtype=float):
        distances = np.linalg.norm(X_train - x, axis=1)
        nearest = np.argsort(distances, kind="stable")[:k]
        label, _ = Counter(int(v) for v in y_train[nearest]).most_common(1)[0]
        predictions.append(label)
    return predictions
