# Uses the natural logarithm, so the entropy is in nats instead of bits.
import numpy as np


def impurity(labels: np.ndarray) -> list[float]:
    labels = np.asarray(labels)
    if labels.size == 0:
        return [0.0, 0.0]
    _, counts = np.unique(labels, return_counts=True)
    p = counts / labels.size
    return [float(1.0 - np.sum(p**2)), float(-np.sum(p * np.log(p)))]
