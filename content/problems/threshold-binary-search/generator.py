import numpy as np


def generate(seed: int) -> list[dict]:
    """Sorted model scores where positives tend to score higher; coarse rounding creates many
    ties. The last cases are large: one linear scan per budget is far too slow there."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, q, decimals in [(12, 8, 1), (40, 15, 1), (200, 50, 2), (1000, 300, 2), (5000, 2000, 4),
                           (200000, 200000, 4), (150000, 150000, 2)]:
        scores = np.sort(rng.uniform(0.0, 1.0, size=n))
        scores = np.round(scores, decimals)
        labels = (rng.uniform(0.0, 1.0, size=n) < 0.15 + 0.7 * scores).astype(int)
        total_negatives = int((labels == 0).sum())
        budgets = rng.integers(0, total_negatives + 3, size=q)
        cases.append({"scores": scores.tolist(), "labels": labels.tolist(), "budgets": budgets.tolist()})
    return cases
