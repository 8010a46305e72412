import numpy as np


def generate(seed: int) -> list[dict]:
    """Random positive streams (sensor-like readings), from short ones to one long stream
    with a wide window, where re-summing every window is far too slow."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, w in [(30, 4), (50, 1), (40, 40), (25, 60), (1000, 37), (200000, 5000), (150000, 149999)]:
        values = 50.0 + 20.0 * rng.standard_normal(n)
        cases.append({"values": np.round(values, 4).tolist(), "w": w})
    return cases
