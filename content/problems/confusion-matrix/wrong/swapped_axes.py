def confusion_matrix(y_true: list[int], y_pred: list[int], n_classes: int) -> list[list[int]]:
    # Rows indexed by the prediction instead of the true class (the transpose).
    matrix = [[0] * n_classes for _ in range(n_classes)]
    for actual, predicted in zip(y_true, y_pred):
        matrix[predicted][actual] += 1
    return matrix
