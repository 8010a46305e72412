# No special case for an empty array: the sum over no classes is 0, so the Gini impurity comes out as 1.
import numpy as np


def impurity(labels: np.ndarray) -> list[float]:
    labels = np.asarray(labels)
    _, counts = np.unique(labels, return_counts=True)
    p = counts / max(labels.size, 1)
    return [float(1.0 - np.sum(p**2)), float(-np.sum(p * np.log2(p)))]
