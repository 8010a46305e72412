def classification_metrics(y_true: list[int], y_pred: list[int], positive: int) -> list[float]:
    """Accuracy, precision, recall and F1 for one positive class.

    Args:
        y_true: true labels (ints, any number of classes); may be empty.
        y_pred: predicted labels, same length as y_true.
        positive: the label treated as the positive class; every other label is negative.

    Returns:
        [accuracy, precision, recall, f1] as floats. Accuracy compares the original labels.
        Any metric whose denominator is 0 is 0.0.
    """
    raise NotImplementedError
