# Removes the leaving value one step late, so full windows hold w + 1 values.
def moving_average(values: list[float], w: int) -> list[float]:
    out = []
    total = 0.0
    for i, x in enumerate(values):
        total += x
        if i > w:
            total -= values[i - w - 1]
        out.append(total / min(i + 1, w))
    return out
