# Computes accuracy after reducing labels to positive / negative, so confusing two negative classes counts as correct.
import numpy as np


def classification_metrics(y_true: list[int], y_pred: list[int], positive: int) -> list[float]:
    t = np.asarray(y_true) == positive
    p = np.asarray(y_pred) == positive
    tp = int(np.sum(t & p))
    fp = int(np.sum(~t & p))
    fn = int(np.sum(t & ~p))
    accuracy = float(np.mean(t == p)) if t.size else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [accuracy, precision, recall, f1]
