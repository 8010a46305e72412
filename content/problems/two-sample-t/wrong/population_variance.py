# Uses np.var's default ddof=0 (population variance) instead of the sample variance.
import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> list[float]:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    na, nb = a.size, b.size
    va = np.var(a) / na
    vb = np.var(b) / nb
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (na - 1) + vb**2 / (nb - 1))
    return [float(t), float(df)]
