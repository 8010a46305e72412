import numpy as np


def regularized_loss_grad(
    X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float, penalty: str
) -> np.ndarray:
    """[loss, dL/dw_1..dL/dw_d, dL/db] for MSE + lam * penalty(w); the bias is not penalised."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    n = X.shape[0]
    residual = X @ w + b - y
    loss = float(np.mean(residual**2))
    grad_w = 2.0 * X.T @ residual / n
    grad_b = 2.0 * float(np.mean(residual))
    if penalty == "l2":
        loss += lam * float(np.sum(w**2))
        grad_w = grad_w + 2.0 * lam * w
    elif penalty == "l1":
        loss += lam * float(np.sum(np.abs(w)))
        grad_w = grad_w + lam * np.sign(w)  # np.sign(0) == 0: the subgradient chosen at 0
    else:
        raise ValueError(f"unknown penalty {penalty!r}")
    return np.concatenate([[loss], grad_w, [grad_b]])
