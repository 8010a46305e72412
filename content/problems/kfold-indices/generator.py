import numpy as np


def generate(seed: int) -> list[dict]:
    """Larger n with and without shuffling, remainders of every size, leave-one-out."""
    rng = np.random.default_rng(seed)
    cases = []
    for n, k, shuffle in [(50, 7, True), (103, 10, True), (40, 8, True), (23, 23, True), (37, 5, False), (64, 6, True)]:
        cases.append({"n": n, "k": k, "shuffle": shuffle, "seed": int(rng.integers(0, 100_000))})
    return cases
