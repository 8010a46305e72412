import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int) -> list[list[list[int]]]:
    """Split the indices 0..n-1 into k folds for k-fold cross-validation.

    Args:
        n: number of samples, n >= 2.
        k: number of folds, 2 <= k <= n.
        shuffle: if True, permute the indices first with
            np.random.default_rng(seed).permutation(n); if False, keep 0..n-1 in order.
        seed: the seed used when shuffle is True (ignored otherwise).

    Returns:
        A list of k pairs [train_indices, test_indices] (lists of ints). Fold i's test indices are
        the i-th consecutive chunk of the (possibly shuffled) order, the first n % k chunks being
        one longer; its train indices are all the other indices, sorted ascending.
    """
    raise NotImplementedError
