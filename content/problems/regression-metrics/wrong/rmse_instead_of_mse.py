import numpy as np


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> list[float]:
    residuals = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    # Returns the root of the mean squared error instead of the MSE itself.
    rmse = float(np.sqrt(np.mean(residuals**2)))
    mae = float(np.mean(np.abs(residuals)))
    ss_tot = float(np.sum((y_true - np.mean(y_true)) ** 2))
    r2 = 0.0 if ss_tot == 0.0 else 1.0 - float(np.sum(residuals**2)) / ss_tot
    return [rmse, mae, r2]
