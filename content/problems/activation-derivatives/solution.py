import numpy as np


def activation_with_derivative(x: np.ndarray, name: str) -> np.ndarray:
    """Stack [f(x), f'(x)] for f in {relu, sigmoid, tanh}; overflow-free sigmoid."""
    x = np.asarray(x, dtype=float)
    if name == "relu":
        values = np.maximum(x, 0.0)
        derivatives = (x > 0).astype(float)
    elif name == "sigmoid":
        e = np.exp(-np.abs(x))  # in (0, 1], never overflows
        values = np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        derivatives = values * (1.0 - values)
    elif name == "tanh":
        values = np.tanh(x)
        derivatives = 1.0 - values**2
    else:
        raise ValueError(f"unknown activation {name!r}")
    return np.stack([values, derivatives])
