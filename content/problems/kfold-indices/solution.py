import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int) -> list[list[list[int]]]:
    """Consecutive folds of the (optionally permuted) order; the first n % k folds are one larger."""
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    base, extra = divmod(n, k)
    folds = []
    start = 0
    for i in range(k):
        size = base + (1 if i < extra else 0)
        test = order[start : start + size]
        train = np.sort(np.concatenate([order[:start], order[start + size :]]))
        folds.append([train.tolist(), test.tolist()])
        start += size
    return folds
