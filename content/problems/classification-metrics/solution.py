def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def classification_metrics(y_true: list[int], y_pred: list[int], positive: int) -> list[float]:
    """[accuracy, precision, recall, f1] with `positive` as the positive class; 0/0 -> 0.0."""
    correct = sum(1 for t, p in zip(y_true, y_pred) if t == p)
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == positive and p == positive)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t != positive and p == positive)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == positive and p != positive)
    accuracy = _ratio(correct, len(y_true))
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)  # equals 2PR / (P + R) whenever that is defined
    return [accuracy, precision, recall, f1]
