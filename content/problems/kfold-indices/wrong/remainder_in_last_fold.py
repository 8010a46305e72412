# Gives every fold n // k indices and puts the whole remainder into the last fold.
import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int) -> list[list[list[int]]]:
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    size = n // k
    folds = []
    for i in range(k):
        stop = n if i == k - 1 else (i + 1) * size
        test = order[i * size : stop]
        train = np.sort(np.concatenate([order[: i * size], order[stop:]]))
        folds.append([train.tolist(), test.tolist()])
    return folds
