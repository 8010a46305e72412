import numpy as np


def generate(seed: int) -> list[dict]:
    """Larger standardised regression problems; lr is chosen so that each epoch removes
    a good part of the remaining error, without reaching the noise floor in one epoch."""
    rng = np.random.default_rng(seed)
    settings = [
        # n, d, batch_size, lr, epochs
        (200, 3, 1, 0.001, 20),
        (256, 5, 32, 0.02, 25),
        (300, 4, 300, 0.1, 40),
        (150, 6, 64, 0.05, 30),
        (120, 2, 7, 0.01, 30),
    ]
    cases = []
    for n, d, batch_size, lr, epochs in settings:
        X = rng.standard_normal((n, d))
        X = (X - X.mean(axis=0)) / X.std(axis=0)
        w = rng.normal(0.0, 2.0, size=d)
        bias = rng.uniform(-5.0, 5.0)
        y = X @ w + bias + 0.1 * rng.standard_normal(n)
        cases.append(
            {
                "X": np.round(X, 4).tolist(),
                "y": np.round(y, 4).tolist(),
                "lr": lr,
                "epochs": epochs,
                "batch_size": batch_size,
                "seed": int(rng.integers(0, 10_000)),
            }
        )
    return cases
