# Takes the softmax over all keys, then zeroes the masked weights without renormalising the rest.
import numpy as np


def masked_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray) -> np.ndarray:
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    mask = np.asarray(mask, dtype=bool)
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    weights = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights /= weights.sum(axis=1, keepdims=True)
    return (weights * mask) @ V
