import numpy as np


def generate(seed: int) -> list[dict]:
    """Random hypotheses, priors from integer weights, and up to 25 noisy binary tests."""
    rng = np.random.default_rng(seed)
    cases = []
    for k, m in [(2, 1), (2, 6), (3, 4), (4, 10), (5, 25), (3, 15), (2, 20)]:
        weights = rng.integers(1, 20, size=k)
        priors = np.round(weights / weights.sum(), 12)
        lik = rng.uniform(0.02, 0.98, size=(m, k))
        results = rng.integers(0, 2, size=m)
        cases.append(
            {
                "priors": priors.tolist(),
                "likelihoods": np.round(lik, 3).tolist(),
                "results": [int(r) for r in results],
            }
        )
    return cases
