import numpy as np


def generate(seed: int) -> list[dict]:
    """Random get/put mixes over a key range somewhat larger than the capacity, so hits,
    misses, evictions and updates of stored keys all happen. The last case has a big
    capacity, where an O(capacity) recency update per operation is too slow."""
    rng = np.random.default_rng(seed)
    cases = []
    for capacity, n_ops, n_keys in [(1, 30, 3), (2, 40, 4), (3, 60, 6), (5, 200, 9), (50, 3000, 80),
                                    (60000, 200000, 90000)]:
        kinds = rng.uniform(size=n_ops) < 0.5
        keys = rng.integers(0, n_keys, size=n_ops)
        values = rng.integers(0, 1000, size=n_ops)
        ops = [["put", int(k), int(v)] if put else ["get", int(k)] for put, k, v in zip(kinds, keys, values)]
        cases.append({"capacity": capacity, "operations": ops})
    return cases
