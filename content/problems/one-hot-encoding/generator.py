import numpy as np

COLOURS = ["red", "green", "blue", "Black", "white", "teal", "Amber", "olive", "navy", "coral", "cyan", "Zinc"]


def generate(seed: int) -> list[dict]:
    """Longer lists drawn from a vocabulary with mixed case; the test lists also draw from a few
    values that never occur in the training list."""
    rng = np.random.default_rng(seed)
    cases = []
    for n_train, n_test, n_seen, n_unseen in [(30, 12, 5, 2), (60, 25, 9, 3), (8, 20, 3, 4), (100, 40, 10, 2)]:
        chosen = rng.permutation(len(COLOURS))[: n_seen + n_unseen]
        seen = [COLOURS[i] for i in chosen[:n_seen]]
        pool = [COLOURS[i] for i in chosen]
        train = [seen[i] for i in rng.integers(0, n_seen, size=n_train)]
        test = [pool[i] for i in rng.integers(0, len(pool), size=n_test)]
        cases.append({"train": train, "test": test})
    return cases
