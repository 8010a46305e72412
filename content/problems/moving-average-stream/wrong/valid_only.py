# Only emits full windows (like np.convolve mode="valid"), so the first w - 1 outputs are missing.
import numpy as np


def moving_average(values: list[float], w: int) -> list[float]:
    if len(values) < w:
        return []
    return np.convolve(np.asarray(values, dtype=float), np.ones(w) / w, mode="valid").tolist()
