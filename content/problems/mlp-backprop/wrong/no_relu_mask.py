# Backpropagates straight through the ReLU, forgetting to zero the gradient where z1 <= 0.
import numpy as np


def mlp_gradients(
    X: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    W1, b1 = np.asarray(W1, dtype=float), np.asarray(b1, dtype=float)
    W2, b2 = np.asarray(W2, dtype=float), np.asarray(b2, dtype=float)
    n = X.shape[0]

    # Forward pass.
    z1 = X @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(shifted)
    probs /= probs.sum(axis=1, keepdims=True)

    # Backward pass: d(mean CE)/d(logits) = (softmax - one_hot) / n.
    dlogits = probs.copy()
    dlogits[np.arange(n), y] -= 1.0
    dlogits /= n
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dh = dlogits @ W2.T
    dz1 = dh
    dW1 = X.T @ dz1
    db1 = dz1.sum(axis=0)
    return np.concatenate([dW1.ravel(), db1, dW2.ravel(), db2])
