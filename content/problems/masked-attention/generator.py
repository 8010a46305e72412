import numpy as np


def generate(seed: int) -> list[dict]:
    """Random heads with random, causal and padding masks; some rows fully masked; one case
    with scores in the hundreds."""
    rng = np.random.default_rng(seed)
    cases = []
    for n_q, n_k, d_k, d_v, kind, scale in [
        (6, 6, 4, 3, "causal", 1.0),
        (8, 10, 8, 5, "random", 1.0),
        (16, 16, 16, 8, "causal", 2.0),
        (5, 12, 6, 4, "padding", 1.0),
        (10, 7, 3, 2, "random", 15.0),
        (12, 12, 32, 16, "random", 1.0),
        (4, 9, 2, 6, "padding", 1.0),
    ]:
        Q = scale * rng.standard_normal((n_q, d_k))
        K = scale * rng.standard_normal((n_k, d_k))
        V = rng.standard_normal((n_k, d_v))
        if kind == "causal":
            mask = np.tril(np.ones((n_q, n_k), dtype=bool))
        elif kind == "padding":
            mask = np.zeros((n_q, n_k), dtype=bool)
            mask[:, : int(rng.integers(1, n_k))] = True
        else:
            mask = rng.random((n_q, n_k)) < 0.6
            mask[int(rng.integers(0, n_q))] = False
        cases.append(
            {
                "Q": np.round(Q, 4).tolist(),
                "K": np.round(K, 4).tolist(),
                "V": np.round(V, 4).tolist(),
                "mask": [[bool(v) for v in row] for row in mask],
            }
        )
    return cases
