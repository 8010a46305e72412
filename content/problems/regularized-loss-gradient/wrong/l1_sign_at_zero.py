# Uses +1 as the subgradient of |w| at w = 0 (np.where(w >= 0, 1, -1)) instead of 0.
import numpy as np


def regularized_loss_grad(X, y, w, b, lam, penalty):
    X, y, w = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(w, dtype=float)
    residual = X @ w + b - y
    loss = np.mean(residual**2)
    grad_w = 2.0 * X.T @ residual / len(y)
    if penalty == "l2":
        loss += lam * np.sum(w**2)
        grad_w = grad_w + 2.0 * lam * w
    else:
        loss += lam * np.sum(np.abs(w))
        grad_w = grad_w + lam * np.where(w >= 0, 1.0, -1.0)
    return np.concatenate([[loss], grad_w, [2.0 * np.mean(residual)]])
