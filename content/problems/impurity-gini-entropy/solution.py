import numpy as np


def impurity(labels: np.ndarray) -> list[float]:
    """[gini, entropy in bits] of the label distribution; both 0.0 for an empty array."""
    labels = np.asarray(labels)
    if labels.size == 0:
        return [0.0, 0.0]
    _, counts = np.unique(labels, return_counts=True)  # only labels that occur: every p > 0
    p = counts / labels.size
    gini = float(1.0 - np.sum(p**2))
    entropy = float(-np.sum(p * np.log2(p))) + 0.0  # turns -0.0 (pure node) into 0.0
    return [gini, entropy]
