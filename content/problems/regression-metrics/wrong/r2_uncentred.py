import numpy as np


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> list[float]:
    y_true = np.asarray(y_true, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    residuals = y_true - y_pred
    mse = float(np.mean(residuals**2))
    mae = float(np.mean(np.abs(residuals)))
    # Wrong denominator: forgets to subtract the mean of y_true.
    ss_tot = float(np.sum(y_true**2))
    r2 = 0.0 if ss_tot == 0.0 else 1.0 - float(np.sum(residuals**2)) / ss_tot
    return [mse, mae, r2]
