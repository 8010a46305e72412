# Correct values, but re-sums the whole window for every output: O(n * w), too slow for big windows.
def moving_average(values: list[float], w: int) -> list[float]:
    out = []
    for i in range(len(values)):
        window = values[max(0, i - w + 1): i + 1]
        s = 0.0
        for x in window:
            s += x
        out.append(s / len(window))
    return out
