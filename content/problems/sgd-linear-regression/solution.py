import numpy as np


def sgd_losses(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int, seed: int
) -> list[float]:
    """Mini-batch SGD on MSE for y ~ X @ w + b, starting from w = 0, b = 0."""
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
            X_batch, y_batch = X[batch], y[batch]
            errors = X_batch @ w + b - y_batch
            grad_w = 2.0 * X_batch.T @ errors / len(batch)
            grad_b = 2.0 * errors.mean()
            w = w - lr * grad_w
            b = b - lr * grad_b
        losses.append(float(np.mean((X @ w + b - y) ** 2)))
    return losses
