import numpy as np


def masked_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """softmax(Q K^T / sqrt(d_k) + mask) V with a boolean mask; fully masked rows give zeros."""
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    mask = np.asarray(mask, dtype=bool)
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    scores = np.where(mask, scores, -np.inf)
    allowed = mask.any(axis=1, keepdims=True)
    row_max = np.where(allowed, scores.max(axis=1, keepdims=True), 0.0)  # no -inf - -inf
    weights = np.exp(scores - row_max)  # exp(-inf) = 0 at masked positions
    totals = weights.sum(axis=1, keepdims=True)
    weights = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    return weights @ V
