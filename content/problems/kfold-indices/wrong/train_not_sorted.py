# Builds the train indices by concatenating the other folds in shuffled order, without sorting.
import numpy as np


def kfold_indices(n: int, k: int, shuffle: bool, seed: int) -> list[list[list[int]]]:
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    chunks = np.array_split(order, k)
    folds = []
    for i, test in enumerate(chunks):
        train = np.concatenate([chunk for j, chunk in enumerate(chunks) if j != i])
        folds.append([train.tolist(), test.tolist()])
    return folds
