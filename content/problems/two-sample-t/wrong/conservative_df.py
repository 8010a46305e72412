# Right statistic, but the textbook shortcut df = min(n_a, n_b) - 1 instead of Welch-Satterthwaite.
import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> list[float]:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = a.size, b.size
    se2 = a.var(ddof=1) / na + b.var(ddof=1) / nb
    t = (a.mean() - b.mean()) / np.sqrt(se2)
    return [float(t), float(min(na, nb) - 1)]
