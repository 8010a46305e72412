import numpy as np


def generate(seed: int) -> list[dict]:
    """Random arrays for each activation at several scales and shapes, a few exact zeros
    sprinkled in, and some entries pushed out to +-1000."""
    rng = np.random.default_rng(seed)
    cases = []
    for name, shape, scale in [
        ("relu", (40,), 3.0),
        ("sigmoid", (10, 8), 4.0),
        ("tanh", (6, 7), 2.0),
        ("sigmoid", (50,), 300.0),
        ("relu", (5, 5, 3), 1.0),
        ("tanh", (30,), 50.0),
        ("sigmoid", (4, 25), 1.0),
    ]:
        x = np.round(scale * rng.standard_normal(shape), 4)
        flat = x.reshape(-1)
        flat[rng.integers(0, flat.size, size=3)] = 0.0
        flat[rng.integers(0, flat.size)] = 1000.0
        flat[rng.integers(0, flat.size)] = -1000.0
        cases.append({"x": x.tolist(), "name": name})
    return cases
