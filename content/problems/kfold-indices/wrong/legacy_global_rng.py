# Shuffles with the legacy global RNG (np.random.seed + np.random.permutation): a different stream.
import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int) -> list[list[list[int]]]:
    if shuffle:
        np.random.seed(seed)
        order = np.random.permutation(n)
    else:
        order = np.arange(n)
    folds = []
    for test in np.array_split(order, k):
        mask = np.ones(n, dtype=bool)
        mask[test] = False
        folds.append([np.flatnonzero(mask).tolist(), test.tolist()])
    return folds
