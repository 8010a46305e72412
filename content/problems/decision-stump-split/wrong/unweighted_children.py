# Averages the two children's Gini impurities without weighting them by their sizes.
import numpy as np


def _gini(labels: np.ndarray) -> float:
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return float(1.0 - np.sum(p**2))


def best_split(X: np.ndarray, y: np.ndarray) -> list[float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    best = [-1.0, 0.0, _gini(y)]
    best_score = None
    for feature in range(d):
        values = np.unique(X[:, feature])
        for low, high in zip(values[:-1], values[1:]):
            threshold = (low + high) / 2.0
            mask = X[:, feature] <= threshold
            score = (_gini(y[mask]) + _gini(y[~mask])) / 2.0
            if best_score is None or score < best_score - 1e-12:
                best_score = score
                best = [float(feature), float(threshold), score]
    return best
