# Takes log of the (stable) softmax probabilities: a probability that underflows to 0 gives an infinite loss.
import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    logits = np.asarray(logits, dtype=float)
    labels = np.asarray(labels, dtype=int)
    n = logits.shape[0]
    exps = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = exps / exps.sum(axis=1, keepdims=True)
    rows = np.arange(n)
    loss = float(-np.mean(np.log(probs[rows, labels])))
    grad = probs.copy()
    grad[rows, labels] -= 1.0
    return np.concatenate([[loss], (grad / n).ravel()])
