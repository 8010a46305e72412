import numpy as np


def roc_auc(y_true: list[int], scores: np.ndarray) -> float:
    labels = np.asarray(y_true, dtype=float)
    scores = np.asarray(scores, dtype=float)
    # Sorts by score (highest first) and moves one example at a time, so tied examples
    # are split into separate steps in whatever order the sort left them.
    order = np.argsort(-scores, kind="stable")
    sorted_labels = labels[order]
    tpr = np.concatenate([[0.0], np.cumsum(sorted_labels) / sorted_labels.sum()])
    fpr = np.concatenate([[0.0], np.cumsum(1 - sorted_labels) / (1 - sorted_labels).sum()])
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
