# Puts eps inside the square root: sqrt(v_hat + eps) instead of sqrt(v_hat) + eps.
import numpy as np


def adam_steps(
    params: np.ndarray, grads: np.ndarray, lr: float, beta1: float, beta2: float, eps: float
) -> np.ndarray:
    params = np.asarray(params, dtype=float).copy()
    grads = np.asarray(grads, dtype=float)
    m = np.zeros_like(params)
    v = np.zeros_like(params)
    for t in range(1, grads.shape[0] + 1):
        g = grads[t - 1]
        m = beta1 * m + (1.0 - beta1) * g
        v = beta2 * v + (1.0 - beta2) * g**2
        m_hat = m / (1.0 - beta1**t)
        v_hat = v / (1.0 - beta2**t)
        params -= lr * m_hat / (np.sqrt(v_hat + eps))
    return params
