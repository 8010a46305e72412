import numpy as np


def roc_auc(y_true: list[int], scores: np.ndarray) -> float:
    labels = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    positives = scores[labels == 1]
    negatives = scores[labels == 0]
    # Only strict wins are counted; a tied pair should be worth one half.
    wins = np.sum(positives[:, None] > negatives[None, :])
    return float(wins / (len(positives) * len(negatives)))
