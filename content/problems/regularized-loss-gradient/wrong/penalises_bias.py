# Treats the bias like another weight and penalises it too (in the loss and in its gradient).
import numpy as np


def regularized_loss_grad(X, y, w, b, lam, penalty):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    theta = np.append(np.asarray(w, dtype=float), b)
    Xb = np.hstack([X, np.ones((X.shape[0], 1))])
    residual = Xb @ theta - y
    loss = np.mean(residual**2)
    grad = 2.0 * Xb.T @ residual / X.shape[0]
    if penalty == "l2":
        loss += lam * np.sum(theta**2)
        grad = grad + 2.0 * lam * theta
    else:
        loss += lam * np.sum(np.abs(theta))
        grad = grad + lam * np.sign(theta)
    return np.concatenate([[loss], grad])
