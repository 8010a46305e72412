# Normalises the attention weights along axis 0 (over the queries) instead of over the keys.
import numpy as np


def masked_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray) -> np.ndarray:
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    mask = np.asarray(mask, dtype=bool)
    scores = np.where(mask, Q @ K.T / np.sqrt(Q.shape[1]), -np.inf)
    allowed = mask.any(axis=0, keepdims=True)
    col_max = np.where(allowed, scores.max(axis=0, keepdims=True), 0.0)
    weights = np.exp(scores - col_max)
    totals = weights.sum(axis=0, keepdims=True)
    weights = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    return weights @ V
