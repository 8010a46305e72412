# Always divides by w, even while fewer than w values have arrived (warm-up is wrong).
def moving_average(values: list[float], w: int) -> list[float]:
    out = []
    total = 0.0
    for i, x in enumerate(values):
        total += x
        if i >= w:
            total -= values[i - w]
        out.append(total / w)
    return out
