def confusion_matrix(y_true: list[int], y_pred: list[int], n_classes: int) -> list[list[int]]:
    """Count how often each true class was predicted as each class.

    Args:
        y_true: true labels, each an int in 0..n_classes-1.
        y_pred: predicted labels, same length as y_true, each in 0..n_classes-1.
        n_classes: number of classes (at least 1).

    Returns:
        An n_classes x n_classes list of lists of ints; entry [i][j] is the number
        of examples whose true class is i and predicted class is j.
    """
    raise NotImplementedError
