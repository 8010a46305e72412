# Exponentiates the raw scores without subtracting the row maximum: exp overflows for large scores (inf / inf = nan).
import numpy as np


def masked_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray) -> np.ndarray:
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    mask = np.asarray(mask, dtype=bool)
    weights = np.where(mask, np.exp(Q @ K.T / np.sqrt(Q.shape[1])), 0.0)
    totals = weights.sum(axis=1, keepdims=True)
    weights = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    return weights @ V
