# Forgets the absolute values: a one-sided test of mean(a) - mean(b) instead of a two-sided one.
import numpy as np


def permutation_pvalue(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> float:
    pooled = np.concatenate([a, b]).astype(float)
    na = len(a)
    observed = np.mean(a) - np.mean(b)
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_perm):
        s = rng.permutation(pooled)
        if s[:na].mean() - s[na:].mean() >= observed - 1e-12:
            count += 1
    return (count + 1) / (n_perm + 1)
