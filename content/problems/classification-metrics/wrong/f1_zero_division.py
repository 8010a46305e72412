# Guards precision and recall against 0/0 but not F1: when TP = 0, P + R = 0 and F1 divides by zero.
def classification_metrics(y_true: list[int], y_pred: list[int], positive: int) -> list[float]:
    pairs = list(zip(y_true, y_pred))
    tp = sum(t == positive and p == positive for t, p in pairs)
    fp = sum(t != positive and p == positive for t, p in pairs)
    fn = sum(t == positive and p != positive for t, p in pairs)
    accuracy = sum(t == p for t, p in pairs) / len(pairs) if pairs else 0.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall)
    return [accuracy, precision, recall, f1]
