import numpy as np


def generate(seed: int) -> list[dict]:
    """Gaussian clouds with clearly different variances along random orthogonal axes,
    shifted far from the origin so that centring matters."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, k in [(60, 3, 1), (120, 4, 2), (200, 5, 3), (300, 8, 4), (150, 6, 6), (250, 10, 5), (80, 2, 2)]:
        stds = 8.0 * 0.55 ** np.arange(d)  # variances shrink by a factor ~3.3 per axis
        axes, _ = np.linalg.qr(rng.standard_normal((d, d)))
        offset = rng.uniform(20.0, 40.0, size=d) * rng.choice([-1.0, 1.0], size=d)
        X = offset + (rng.standard_normal((n, d)) * stds) @ axes.T
        cases.append({"X": np.round(X, 5).tolist(), "k": k})
    return cases
