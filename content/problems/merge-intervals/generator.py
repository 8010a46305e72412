import numpy as np


def generate(seed: int) -> list[dict]:
    """Random shuffled intervals on a small integer line, so touching ends, nested intervals,
    duplicates and single points are all common."""
    rng = np.random.default_rng(seed)
    cases = []
    for count, span, max_len in [(10, 40, 6), (30, 100, 8), (60, 80, 3), (200, 5000, 60), (1000, 100000, 40), (15, 20, 0)]:
        starts = rng.integers(-span // 2, span // 2, size=count)
        lengths = rng.integers(0, max_len + 1, size=count)
        intervals = [[int(s), int(s + l)] for s, l in zip(starts, lengths)]
        cases.append({"intervals": intervals})
    return cases
