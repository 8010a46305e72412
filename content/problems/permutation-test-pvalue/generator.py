import numpy as np


def generate(seed: int) -> list[dict]:
    """Integer-valued samples (many exact ties) and decimal samples, with and without a shift."""
    rng = np.random.default_rng(seed)
    cases = []
    for na, nb, shift, integer, n_perm in [(6, 6, 2.0, True, 2000), (10, 14, 0.0, True, 3000),
                                           (4, 9, 3.0, False, 1500), (25, 20, 0.5, False, 4000),
                                           (5, 5, -1.5, True, 999), (40, 35, -0.3, False, 2500)]:
        if integer:
            a = rng.integers(0, 8, size=na).astype(float)
            b = rng.integers(0, 8, size=nb) + np.round(shift)
        else:
            a = np.round(rng.normal(0.0, 1.0, size=na), 2)
            b = np.round(rng.normal(shift, 1.0, size=nb), 2)
        cases.append({"a": [float(v) for v in a], "b": [float(v) for v in b], "n_perm": n_perm,
                      "seed": int(rng.integers(0, 100_000))})
    return cases
