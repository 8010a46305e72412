# Correct value, but compares every pair of entries: O(len(a) * len(b)), too slow for long vectors.
def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    total = 0.0
    for i, x in a:
        for j, y in b:
            if i == j:
                total += x * y
    return total
