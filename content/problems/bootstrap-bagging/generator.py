import numpy as np


def generate(seed: int) -> list[dict]:
    """Overlapping Gaussian blobs. Half of the test rows sit near the midpoint of two class means,
    where the bootstrap models disagree, so the votes (and their ties) matter."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, d, labels, m, n_estimators in [
        (40, 2, [0, 1], 24, 10),
        (60, 3, [0, 1, 2], 30, 15),
        (30, 2, [3, 7], 20, 8),
        (100, 4, [0, 1, 2, 3], 40, 25),
        (15, 2, [1, 2, 5], 20, 6),
        (80, 5, [0, 1], 30, 12),
    ]:
        centres = rng.normal(0.0, 1.2, size=(len(labels), d))
        index = np.arange(n) % len(labels)  # every class present in the training set
        rng.shuffle(index)
        X = centres[index] + rng.standard_normal((n, d))
        y = np.array(labels)[index]
        means = np.array([X[index == c].mean(axis=0) for c in range(len(labels))])
        far = centres[rng.integers(0, len(labels), size=m - m // 2)] + 0.8 * rng.standard_normal((m - m // 2, d))
        pairs = np.array([rng.permutation(len(labels))[:2] for _ in range(m // 2)])
        near = (means[pairs[:, 0]] + means[pairs[:, 1]]) / 2 + 0.15 * rng.standard_normal((m // 2, d))
        X_test = np.vstack([far, near])[rng.permutation(m)]
        cases.append(
            {
                "X_train": np.round(X, 3).tolist(),
                "y_train": y.tolist(),
                "X_test": np.round(X_test, 3).tolist(),
                "n_estimators": n_estimators,
                "seed": int(rng.integers(0, 100_000)),
            }
        )
    return cases
