"""Generate online fashion orders; label = the order was (partly) sent back.

`refund_issued` is written by the payments system AFTER a return arrives. In the historical
export (train and public) it therefore mirrors the label. The private split mirrors the data
available when the prediction is really made (the day the order ships): the field then only holds
refunds for unrelated reasons (price-match, late-delivery goodwill), drawn independently of the label.
"""

import numpy as np
import pandas as pd

N_TRAIN, N_PUBLIC, N_PRIVATE = 4000, 2000, 2000

CATEGORIES = ["shoes", "dresses", "jeans", "tops", "outerwear", "accessories"]
CATEGORY_SHARE = [0.18, 0.16, 0.16, 0.25, 0.10, 0.15]
CATEGORY_EFFECT = {"shoes": 0.6, "dresses": 0.7, "jeans": 0.5, "tops": -0.1, "outerwear": 0.2,
                   "accessories": -1.2}


def _orders(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, pd.Series]:
    category = rng.choice(CATEGORIES, size=n, p=CATEGORY_SHARE)
    n_items = 1 + rng.poisson(1.2, n)
    sizes = np.minimum(1 + rng.binomial(n_items - 1, 0.25), n_items)  # same model ordered in several sizes
    value = np.round(n_items * rng.lognormal(np.log(40), 0.5, n), 2)
    discount = rng.choice([0, 10, 20, 30, 50], size=n, p=[0.45, 0.2, 0.15, 0.12, 0.08])
    prior_orders = rng.negative_binomial(1.5, 0.2, n)
    prior_rate = np.where(prior_orders > 0, rng.beta(2, 5, n), np.nan)
    delivery_days = 1 + rng.poisson(2.0, n)
    pay_later = (rng.random(n) < 0.35).astype(int)
    device = rng.choice(["app", "mobile-web", "desktop"], size=n, p=[0.45, 0.35, 0.20])

    logit = (
        -2.3
        + np.array([CATEGORY_EFFECT[c] for c in category])
        + 1.5 * (sizes - 1)
        + 0.25 * np.log(value / 40)
        + 0.02 * discount
        + 5.0 * np.nan_to_num(prior_rate - 0.28, nan=0.15)
        + 0.35 * (prior_orders == 0)
        + 0.12 * (delivery_days - 3)
        + 0.6 * pay_later
        + 0.2 * (device == "mobile-web")
        + rng.normal(0, 0.3, n)
    )
    returned = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)

    X = pd.DataFrame(
        {
            "order_value": value,
            "n_items": n_items,
            "n_sizes_same_model": sizes,
            "main_category": category,
            "discount_pct": discount,
            "customer_prior_orders": prior_orders,
            "customer_prior_return_rate": np.round(prior_rate, 3),
            "delivery_days": delivery_days,
            "pay_later": pay_later,
            "device": device,
        }
    )
    return X, pd.Series(returned, name="returned")


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    X, y = _orders(rng, N_TRAIN + N_PUBLIC + N_PRIVATE)
    n_hist = N_TRAIN + N_PUBLIC

    # Historical export: refunds follow returns (a few returns are still being processed,
    # and a few refunds were goodwill gestures on kept orders).
    hist = y.values[:n_hist]
    leaked = np.where(hist == 1, rng.random(n_hist) < 0.93, rng.random(n_hist) < 0.03).astype(int)
    # Shipping-day data: only unrelated refunds exist, at the same overall rate.
    noise = (rng.random(len(y) - n_hist) < leaked.mean()).astype(int)
    X["refund_issued"] = np.r_[leaked, noise]

    X.index = pd.RangeIndex(len(X), name="order")
    y.index = X.index
    cuts = [0, N_TRAIN, n_hist, len(X)]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
