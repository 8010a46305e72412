"""Generate house sales: price depends non-linearly on size, location, age and condition."""

import numpy as np
import pandas as pd

N_TRAIN, N_PUBLIC, N_PRIVATE = 3000, 1500, 1500

# Price per square metre (in thousands) at the centre of each neighbourhood type.
NEIGHBOURHOODS = {
    "old-town": 10.4,
    "riverside": 9.2,
    "university": 7.8,
    "suburb-north": 6.2,
    "suburb-south": 5.6,
    "industrial-edge": 4.4,
}


def _houses(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, pd.Series]:
    names = list(NEIGHBOURHOODS)
    hood = rng.choice(names, size=n, p=[0.10, 0.12, 0.15, 0.25, 0.25, 0.13])
    central = np.isin(hood, ["old-town", "riverside", "university"])
    distance = np.round(np.where(central, rng.gamma(2.0, 1.2, n), rng.gamma(4.0, 2.5, n)), 1) + 0.3
    area = np.round(np.exp(rng.normal(np.where(central, 4.35, 4.75), 0.32, n)))
    bedrooms = np.clip(np.round(area / 28 + rng.normal(0, 0.7, n)), 1, 7).astype(int)
    bathrooms = np.clip(np.round(bedrooms / 2.2 + rng.normal(0.3, 0.45, n)), 1, 4).astype(int)
    year = np.where(
        hood == "old-town", rng.integers(1880, 1960, n), rng.integers(1925, 2024, n)
    )
    condition = np.clip(np.round(rng.normal(3.2, 0.9, n)), 1, 5).astype(int)
    garage = (rng.random(n) < np.where(central, 0.2, 0.7)).astype(int)
    lot = np.round(np.where(central, area * rng.uniform(0.0, 0.8, n), area * rng.uniform(1.5, 6.0, n)))
    energy = rng.choice(list("ABCDEFG"), size=n, p=[0.08, 0.14, 0.22, 0.24, 0.16, 0.10, 0.06])

    per_m2 = np.array([NEIGHBOURHOODS[h] for h in hood])
    # Size has diminishing returns; distance to the centre discounts the price smoothly.
    log_price = (
        np.log(per_m2)
        + 0.88 * np.log(area)
        - 0.045 * distance
        + 0.085 * (condition - 3)
        + 0.0008 * (lot - area).clip(0, 2000) ** 0.8
        + 0.05 * garage
        + 0.03 * (bathrooms - 1)
        - 0.035 * (np.array([ord(e) for e in energy]) - ord("C"))
    )
    age = 2024 - year
    # Age: newer is better, except that pre-1930 houses carry a "character" premium.
    log_price += -0.0025 * np.minimum(age, 80) + 0.12 * (age > 94)
    price = np.exp(log_price + rng.normal(0, 0.11, n))

    X = pd.DataFrame(
        {
            "living_area_m2": area.astype(int),
            "lot_area_m2": lot.astype(int),
            "bedrooms": bedrooms,
            "bathrooms": bathrooms,
            "year_built": year.astype(int),
            "condition": condition,
            "energy_label": energy,
            "has_garage": garage,
            "neighbourhood": hood,
            "distance_to_centre_km": distance,
        }
    )
    return X, pd.Series(np.round(price, 1), name="price_k")


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    X, y = _houses(rng, N_TRAIN + N_PUBLIC + N_PRIVATE)
    X.index = pd.RangeIndex(len(X), name="sale")
    y.index = X.index
    cuts = [0, N_TRAIN, N_TRAIN + N_PUBLIC, len(X)]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
