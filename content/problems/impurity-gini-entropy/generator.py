import numpy as np


def generate(seed: int) -> list[dict]:
    """Label arrays with skewed class frequencies, gaps between label values and large labels."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, values in [(50, [0, 1]), (200, [0, 1, 2, 3]), (1000, [2, 5, 9]), (37, [0, 4, 8, 12, 16, 20]), (500, [100, 7]), (3, [0, 1, 2, 3, 4])]:
        weights = rng.dirichlet(np.ones(len(values)))
        labels = rng.choice(values, size=n, p=weights)
        cases.append({"labels": labels.tolist()})
    return cases
