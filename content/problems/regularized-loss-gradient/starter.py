import numpy as np


def regularized_loss_grad(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float, penalty: str
) -> np.ndarray:
    """Regularised mean-squared-error loss of a linear model and its gradient.

    loss = mean((X @ w + b - y) ** 2) + lam * P(w), with P(w) = sum(w ** 2) for "l2" and
    sum(|w|) for "l1". The bias b is not penalised; the (sub)gradient of |w_j| at w_j = 0 is 0.

    Args:
        X: float array of shape (n, d).
        y: float array of shape (n,).
        w: float array of shape (d,), the weights.
        b: the bias (a float).
        lam: the regularisation strength, lam >= 0.
        penalty: "l1" or "l2".

    Returns:
        Float array of shape (d + 2,): [loss, dloss/dw_1, ..., dloss/dw_d, dloss/db].
    """
    raise NotImplementedError
