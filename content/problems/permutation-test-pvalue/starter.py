import numpy as np


def permutation_pvalue(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> float:
    """Two-sided permutation-test p-value for a difference in means.

    Args:
        a: float array of shape (n_a,), n_a >= 1.
        b: float array of shape (n_b,), n_b >= 1.
        n_perm: number of random permutations, >= 1.
        seed: seed for numpy.random.default_rng (see the statement for the exact protocol).

    Returns:
        The p-value (count + 1) / (n_perm + 1) as a float.
    """
    raise NotImplementedError
