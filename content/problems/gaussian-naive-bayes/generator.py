import numpy as np


def _scores(X_train, y_train, X_test, eps):
    classes = np.unique(y_train)
    out = []
    for label in classes:
        rows = X_train[y_train == label]
        var = rows.var(axis=0) + eps
        log_prior = np.log(len(rows) / len(X_train))
        out.append(log_prior - 0.5 * (np.log(2 * np.pi * var) + (X_test - rows.mean(axis=0)) ** 2 / var).sum(axis=1))
    return np.array(out).T


def generate(seed: int) -> list[dict]:
    """Overlapping Gaussian classes with unequal sizes and spreads; test rows whose two best
    classes are within 1e-6 in log-posterior are dropped, so no near-ties occur."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, m, d, n_classes, eps in [(60, 30, 2, 2, 1e-9), (150, 50, 4, 3, 1e-6), (300, 80, 6, 4, 1e-3), (40, 40, 3, 5, 1e-2), (200, 60, 40, 3, 1e-9), (25, 30, 2, 3, 0.5)]:
        sizes = rng.dirichlet(np.full(n_classes, 2.0))
        y_train = rng.choice(n_classes, size=n, p=sizes)
        y_train[:n_classes] = np.arange(n_classes)  # every class appears at least once
        labels = rng.permutation(np.arange(0, 3 * n_classes, 3))[:n_classes]  # non-consecutive labels
        centres = rng.normal(0.0, 1.5, size=(n_classes, d))
        spreads = rng.uniform(0.5, 2.0, size=(n_classes, d))
        X_train = centres[y_train] + spreads[y_train] * rng.standard_normal((n, d))
        X_test = centres[rng.integers(0, n_classes, size=2 * m)] + 2.0 * rng.standard_normal((2 * m, d))
        X_train, X_test = np.round(X_train, 3), np.round(X_test, 3)
        y_labels = labels[y_train]
        top = np.sort(_scores(X_train, y_labels, X_test, eps), axis=1)
        keep = (top[:, -1] - top[:, -2]) > 1e-6
        cases.append({
            "X_train": X_train.tolist(),
            "y_train": y_labels.tolist(),
            "X_test": X_test[keep][:m].tolist(),
            "var_smoothing": eps,
        })
    return cases
