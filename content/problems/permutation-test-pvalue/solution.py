import numpy as np


def permutation_pvalue(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> float:
    """Two-sided permutation test on |mean(a) - mean(b)|, p = (count + 1) / (n_perm + 1)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    na = a.size
    observed = abs(a.mean() - b.mean())
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_perm):
        shuffled = rng.permutation(pooled)
        diff = abs(shuffled[:na].mean() - shuffled[na:].mean())
        if diff >= observed - 1e-12:
            count += 1
    return (count + 1) / (n_perm + 1)
