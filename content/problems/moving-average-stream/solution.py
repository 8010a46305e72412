def moving_average(values: list[float], w: int) -> list[float]:
    """Running window sum: add the new value, drop the one that leaves the window."""
    out: list[float] = []
    total = 0.0
    for i, x in enumerate(values):
        total += x
        if i >= w:
            total -= values[i - w]
        out.append(total / min(i + 1, w))
    return out
