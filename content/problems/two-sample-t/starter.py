import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> list[float]:
    """Welch's two-sample t statistic and its degrees of freedom.

    Args:
        a: float array of shape (n_a,), n_a >= 2.
        b: float array of shape (n_b,), n_b >= 2.

    Returns:
        [t, df]: t = (mean(a) - mean(b)) / sqrt(s_a^2/n_a + s_b^2/n_b) with sample
        variances (ddof=1), and the Welch-Satterthwaite degrees of freedom.
    """
    raise NotImplementedError
