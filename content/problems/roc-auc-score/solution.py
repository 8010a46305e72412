import numpy as np


def roc_auc(y_true: list[int], scores: np.ndarray) -> float:
    """Compare every positive with every negative: wins count 1, ties count 1/2."""
    labels = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    positives = scores[labels == 1]
    negatives = scores[labels == 0]
    wins = np.sum(positives[:, None] > negatives[None, :])
    ties = np.sum(positives[:, None] == negatives[None, :])
    return float((wins + 0.5 * ties) / (len(positives) * len(negatives)))
