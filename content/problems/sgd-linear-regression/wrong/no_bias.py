import numpy as np


def sgd_losses(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int, seed: int
) -> list[float]:
    # Forgets the bias term: the loss cannot go below the variance due to the intercept.
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            errors = X[batch] @ w - y[batch]
            w = w - lr * 2.0 * X[batch].T @ errors / len(batch)
        losses.append(float(np.mean((X @ w - y) ** 2)))
    return losses
