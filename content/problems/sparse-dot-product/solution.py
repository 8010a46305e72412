def sparse_dot(a: list[list[float]], b: list[list[float]]) -> float:
    """Accumulate each vector into a dict (summing repeats), then loop over the smaller one."""

    def densify(pairs: list[list[float]]) -> dict[int, float]:
        vector: dict[int, float] = {}
        for index, value in pairs:
            vector[int(index)] = vector.get(int(index), 0.0) + value
        return vector

    va, vb = densify(a), densify(b)
    if len(va) > len(vb):
        va, vb = vb, va
    return float(sum(value * vb[index] for index, value in va.items() if index in vb))
