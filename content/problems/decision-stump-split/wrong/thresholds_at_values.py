# Uses the observed values themselves as thresholds (x <= v) instead of the midpoints between them.
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
        for threshold in values[:-1]:
            mask = X[:, feature] <= threshold
            score = (mask.sum() * _gini(y[mask]) + (~mask).sum() * _gini(y[~mask])) / n
            if best_score is None or score < best_score - 1e-12:
                best_score = score
                best = [float(feature), float(threshold), score]
    return best
