import numpy as np


def impurity(labels: np.ndarray) -> list[float]:
    """Gini impurity and entropy (in bits) of a set of class labels.

    Args:
        labels: 1-D int array of class labels (any ints; may be empty).

    Returns:
        [gini, entropy] as floats, with p_c the fraction of labels equal to c:
        gini = 1 - sum_c p_c**2 and entropy = -sum_c p_c * log2(p_c) over the labels that
        occur. Both are 0.0 for an empty array.
    """
    raise NotImplementedError
