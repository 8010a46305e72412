import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Mean cross-entropy and its gradient, packed as [loss, grad.ravel()...]."""
    logits = np.asarray(logits, dtype=float)
    labels = np.asarray(labels, dtype=int)
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)  # every row's maximum becomes 0
    log_norm = np.log(np.exp(shifted).sum(axis=1))  # log-sum-exp of the shifted row, >= 0
    rows = np.arange(n)
    loss = float(np.mean(log_norm - shifted[rows, labels]))
    probs = np.exp(shifted - log_norm[:, None])
    grad = probs
    grad[rows, labels] -= 1.0
    grad /= n
    return np.concatenate([[loss], grad.ravel()])
