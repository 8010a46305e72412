# Divides TP by the actual positives for "precision" and by the predicted positives for "recall".
def classification_metrics(y_true: list[int], y_pred: list[int], positive: int) -> list[float]:
    pairs = list(zip(y_true, y_pred))
    tp = sum(t == positive and p == positive for t, p in pairs)
    predicted = sum(p == positive for _, p in pairs)
    actual = sum(t == positive for t, _ in pairs)
    accuracy = sum(t == p for t, p in pairs) / len(pairs) if pairs else 0.0
    precision = tp / actual if actual else 0.0
    recall = tp / predicted if predicted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [accuracy, precision, recall, f1]
