import numpy as np


def roc_auc(y_true: list[int], scores: np.ndarray) -> float:
    labels = np.asarray(y_true, dtype=float)
    scores = np.asarray(scores, dtype=float)
    n_pos = labels.sum()
    n_neg = len(labels) - n_pos
    # Sweeps the threshold from the lowest score up instead of from the highest down,
    # so the "curve" is traced from the wrong end.
    thresholds = np.unique(scores)
    tpr = [0.0]
    fpr = [0.0]
    for t in thresholds:
        predicted = scores <= t
        tpr.append(float(np.sum(predicted & (labels == 1)) / n_pos))
        fpr.append(float(np.sum(predicted & (labels == 0)) / n_neg))
    area = 0.0
    for i in range(1, len(tpr)):
        area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2
    return float(area)
