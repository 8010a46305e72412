"""Split scikit-learn's bundled 8x8 handwritten digits into train / public / private."""

import numpy as np
import pandas as pd
from sklearn.datasets import load_digits

N_TRAIN, N_PUBLIC = 1000, 400  # the remaining 397 images form the private split


def prepare(seed: int) -> dict:
    digits = load_digits()
    columns = [f"px_r{r}_c{c}" for r in range(8) for c in range(8)]
    X = pd.DataFrame(digits.data.astype(int), columns=columns)
    y = pd.Series(digits.target.astype(int), name="digit")

    # Stratified shuffle: shuffle the images of each digit, spread them evenly over [0, 1),
    # then sort everything by that position, so each split holds about 10% of every digit.
    rng = np.random.default_rng(seed)
    position = np.empty(len(y))
    for k in range(10):
        members = rng.permutation(np.flatnonzero(y.values == k))
        position[members] = (np.arange(len(members)) + rng.random()) / len(members)
    order = np.argsort(position, kind="stable")

    X = X.iloc[order].reset_index(drop=True)
    y = y.iloc[order].reset_index(drop=True)
    X.index.name = y.index.name = "image"
    cuts = [0, N_TRAIN, N_TRAIN + N_PUBLIC, len(X)]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
