import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    """Subtract each row's maximum before exponentiating, then normalise each row."""
    z = np.asarray(logits, dtype=float)
    shifted = z - z.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=1, keepdims=True)
