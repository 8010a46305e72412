# Builds the vectors with dict(pairs), so a repeated index keeps only its last value instead of the sum.
def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    va = {int(i): v for i, v in a}
    vb = {int(i): v for i, v in b}
    return float(sum(v * vb[i] for i, v in va.items() if i in vb))
