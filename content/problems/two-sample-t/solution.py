import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> list[float]:
    """Welch's t statistic (mean(a) - mean(b)) / SE and the Welch-Satterthwaite df."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = a.size, b.size
    va = a.var(ddof=1) / na  # squared standard error of mean(a)
    vb = b.var(ddof=1) / nb
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (na - 1) + vb**2 / (nb - 1))
    return [float(t), float(df)]
