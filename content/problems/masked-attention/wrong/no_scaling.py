# Forgets to divide the scores by sqrt(d_k).
import numpy as np


def masked_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray) -> np.ndarray:
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    mask = np.asarray(mask, dtype=bool)
    scores = np.where(mask, Q @ K.T, -np.inf)
    allowed = mask.any(axis=1, keepdims=True)
    row_max = np.where(allowed, scores.max(axis=1, keepdims=True), 0.0)
    weights = np.exp(scores - row_max)
    totals = weights.sum(axis=1, keepdims=True)
    weights = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    return weights @ V
