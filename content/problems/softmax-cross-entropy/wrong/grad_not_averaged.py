# Averages the loss over the batch but forgets to divide the gradient by n.
import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    logits = np.asarray(logits, dtype=float)
    labels = np.asarray(labels, dtype=int)
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1))
    rows = np.arange(n)
    loss = float(np.mean(log_norm - shifted[rows, labels]))
    grad = np.exp(shifted - log_norm[:, None])
    grad[rows, labels] -= 1.0
    return np.concatenate([[loss], grad.ravel()])
