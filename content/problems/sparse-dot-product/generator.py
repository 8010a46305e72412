import numpy as np


def generate(seed: int) -> list[dict]:
    """Random unsorted sparse vectors with repeated indices; the last case is long enough that
    comparing every pair of entries is far too slow."""
    rng = np.random.default_rng(seed)
    cases = []
    for len_a, len_b, dim in [(10, 12, 15), (50, 5, 30), (200, 300, 1000), (1000, 1000, 200), (5000, 20, 100000),
                              (200000, 200000, 1000000)]:
        pairs = []
        for length in (len_a, len_b):
            idx = rng.integers(0, dim, size=length)
            val = np.round(rng.normal(0.0, 2.0, size=length), 3)
            pairs.append([[int(i), float(v)] for i, v in zip(idx, val)])
        cases.append({"a": pairs[0], "b": pairs[1]})
    return cases
