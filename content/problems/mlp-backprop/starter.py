import numpy as np


def mlp_gradients(
    X: np.ndarray, y: np.ndarray, W1: np.ndarray, b1: np.ndarray, W2: np.ndarray, b2: np.ndarray
) -> np.ndarray:
    """Backpropagate the mean softmax cross-entropy through a 2-layer ReLU network.

    Forward: z1 = X @ W1 + b1, h = relu(z1), logits = h @ W2 + b2,
    loss = mean over rows of -log(softmax(logits)[row, y[row]]).

    Args:
        X: float array (n, d), one example per row.
        y: int array (n,), class labels in [0, k).
        W1: float array (d, m); b1: float array (m,).
        W2: float array (m, k); b2: float array (k,).

    Returns:
        1-D float array: concatenate dW1.ravel(), db1, dW2.ravel(), db2 (row-major ravel),
        length d*m + m + m*k + k. The ReLU derivative at exactly 0 is 0.
    """
    raise NotImplementedError
