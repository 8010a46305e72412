import numpy as np


def masked_attention(Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Scaled dot-product attention with a boolean mask.

    Args:
        Q: float array (n_q, d_k), one query per row.
        K: float array (n_k, d_k), one key per row.
        V: float array (n_k, d_v), one value per row.
        mask: bool array (n_q, n_k); True means query i may attend to key j.

    Returns:
        Float array (n_q, d_v): softmax over keys (axis 1) of Q @ K.T / sqrt(d_k), with masked
        positions set to -inf before the softmax, times V. A query whose mask row is all False
        gets an all-zero output row. Must not overflow for scores near +-1000.
    """
    raise NotImplementedError
