import numpy as np


def generate(seed: int) -> list[dict]:
    """Random streams of item ids with genuinely uniform draws: draw t is in [0, k + t]."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, k in [(20, 3), (50, 1), (100, 10), (8, 12), (500, 37), (3000, 250), (40, 39)]:
        stream = rng.choice(10 * n + 100, size=n, replace=False) + 1
        draws = [int(rng.integers(0, i + 1)) for i in range(k, n)]
        cases.append({"stream": stream.tolist(), "k": k, "draws": draws})
    return cases
