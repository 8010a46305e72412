import numpy as np


def generate(seed: int) -> list[dict]:
    """Random non-symmetric weights (spectral scale around 1) and longer sequences."""
    rng = np.random.default_rng(seed)
    cases = []
    for T, d, H in [(10, 3, 4), (25, 5, 8), (50, 2, 6), (8, 10, 3), (40, 4, 16), (15, 1, 1)]:
        X = rng.standard_normal((T, d))
        h0 = rng.uniform(-1.0, 1.0, size=H)
        Wx = rng.standard_normal((d, H)) / np.sqrt(d)
        Wh = 1.2 * rng.standard_normal((H, H)) / np.sqrt(H)
        b = 0.2 * rng.standard_normal(H)
        cases.append(
            {
                "X": np.round(X, 4).tolist(),
                "h0": np.round(h0, 4).tolist(),
                "Wx": np.round(Wx, 4).tolist(),
                "Wh": np.round(Wh, 4).tolist(),
                "b": np.round(b, 4).tolist(),
            }
        )
    return cases
