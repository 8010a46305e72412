from fractions import Fraction

import numpy as np


def _purity(counts: dict[int, int], size: int) -> Fraction:
    """sum_c count_c**2 / size, exactly (Gini impurity = 1 - this / size)."""
    return Fraction(sum(c * c for c in counts.values()), size)


def best_split(X: np.ndarray, y: np.ndarray) -> list[float]:
    """[feature, threshold, weighted Gini] of the best split x[:, feature] <= threshold.

    Impurities are compared exactly (fractions), so tied splits are recognised as ties and
    resolved by lowest feature, then lowest threshold.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int).tolist()
    n, d = X.shape
    total: dict[int, int] = {}
    for label in y:
        total[label] = total.get(label, 0) + 1
    best_key, best = None, None
    for feature in range(d):
        column = X[:, feature]
        order = np.argsort(column, kind="stable")
        left: dict[int, int] = {}
        for position in range(n - 1):
            label = y[order[position]]
            left[label] = left.get(label, 0) + 1
            here, after = column[order[position]], column[order[position + 1]]
            if here == after:
                continue  # not a boundary between distinct values
            right = {c: total[c] - left.get(c, 0) for c in total}
            n_left = position + 1
            score = _purity(left, n_left) + _purity(right, n - n_left)  # larger is better
            if best_key is None or score > best_key:  # strict: earlier (feature, threshold) wins ties
                best_key, best = score, (feature, (here + after) / 2.0)
    if best is None:
        return [-1.0, 0.0, float(1 - _purity(total, n) / n)]
    feature, threshold = best
    return [float(feature), float(threshold), float(1 - best_key / n)]
