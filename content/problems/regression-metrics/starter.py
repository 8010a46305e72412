import numpy as np


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> list[float]:
    """Return [mse, mae, r2] for a set of regression predictions.

    Args:
        y_true: 1-D float array of true targets, length n >= 1.
        y_pred: 1-D float array of predictions, same length.

    Returns:
        A list of three floats: mean squared error, mean absolute error and the
        coefficient of determination R^2 (0.0 when y_true is constant).
    """
    raise NotImplementedError
