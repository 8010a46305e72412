import numpy as np


def pca_directions(X: np.ndarray, k: int) -> np.ndarray:
    """Return the top-k principal axes of X as rows.

    Args:
        X: float array of shape (n, d), one sample per row (not centred).
        k: number of components, 1 <= k <= d.

    Returns:
        Float array of shape (k, d): unit-length principal directions of the centred
        data, ordered by decreasing explained variance (the sign of each row is free).
    """
    raise NotImplementedError
