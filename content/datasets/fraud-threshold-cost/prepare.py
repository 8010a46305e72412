"""Generate card transactions; about 2% are fraudulent."""

import numpy as np
import pandas as pd

N_TRAIN, N_PUBLIC, N_PRIVATE = 5000, 5000, 5000

CATEGORIES = ["grocery", "fuel", "restaurant", "clothing", "electronics", "travel", "online-gaming"]
CATEGORY_SHARE = [0.30, 0.15, 0.18, 0.12, 0.09, 0.08, 0.08]
CATEGORY_RISK = {"grocery": -0.8, "fuel": -0.2, "restaurant": -0.6, "clothing": 0.0,
                 "electronics": 0.9, "travel": 0.5, "online-gaming": 1.2}


def _transactions(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, pd.Series]:
    category = rng.choice(CATEGORIES, size=n, p=CATEGORY_SHARE)
    typical = {"grocery": 45, "fuel": 55, "restaurant": 35, "clothing": 70, "electronics": 220,
               "travel": 320, "online-gaming": 25}
    base = np.array([typical[c] for c in category], dtype=float)
    amount = np.round(base * rng.lognormal(0.0, 0.7, n), 2)
    avg_amount = base * rng.lognormal(0.0, 0.35, n)  # the cardholder's own average in this category
    ratio = np.round(amount / avg_amount, 2)
    hour = rng.choice(24, size=n, p=np.r_[np.full(6, 0.01), np.full(18, 0.94 / 18)])
    card_present = (rng.random(n) < np.where(np.isin(category, ["online-gaming", "travel"]), 0.15, 0.8)).astype(int)
    foreign = (rng.random(n) < 0.07).astype(int)
    distance = np.round(np.where(card_present == 1, rng.exponential(8, n), 0.0) + 900 * foreign * card_present, 1)
    txns_24h = rng.poisson(2.0, n)
    account_age = np.round(rng.gamma(2.0, 700, n)).astype(int) + 1
    new_device = ((card_present == 0) & (rng.random(n) < 0.1)).astype(int)

    logit = (
        -5.1
        + np.array([CATEGORY_RISK[c] for c in category])
        + 1.5 * np.log(ratio.clip(0.05))
        + 1.2 * (hour < 6)
        + 1.0 * (1 - card_present)
        + 1.0 * foreign
        + 0.3 * np.log1p(distance)
        + 0.25 * np.maximum(txns_24h - 2, 0)
        - 0.35 * np.log1p(account_age / 30)
        + 2.0 * new_device
        + rng.normal(0, 0.3, n)
    )
    fraud = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    # Fraudsters test a stolen card with bursts of purchases: more activity in the last 24 h.
    txns_24h = txns_24h + fraud * rng.poisson(1.5, n)

    X = pd.DataFrame(
        {
            "amount": amount,
            "amount_vs_usual": ratio,
            "merchant_category": category,
            "hour": hour,
            "card_present": card_present,
            "is_foreign": foreign,
            "distance_from_home_km": distance,
            "txns_last_24h": txns_24h,
            "account_age_days": account_age,
            "new_device": new_device,
        }
    )
    return X, pd.Series(fraud, name="is_fraud")


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    X, y = _transactions(rng, N_TRAIN + N_PUBLIC + N_PRIVATE)
    X.index = pd.RangeIndex(len(X), name="transaction")
    y.index = X.index
    cuts = [0, N_TRAIN, N_TRAIN + N_PUBLIC, len(X)]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
