"""Generate the churn data set: one row per subscriber, label = left within the next 60 days."""

import numpy as np
import pandas as pd

N_TRAIN, N_PUBLIC, N_PRIVATE = 5000, 4000, 4000


def _customers(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, pd.Series]:
    contract = rng.choice(["month-to-month", "one-year", "two-year"], size=n, p=[0.55, 0.25, 0.20])
    # Long contracts are held by older customers, so tenure depends on the contract.
    tenure_scale = np.select([contract == "month-to-month", contract == "one-year"], [14.0, 30.0], 45.0)
    tenure = np.clip(np.round(rng.gamma(1.6, tenure_scale / 1.6)), 0, 96).astype(int)
    internet = rng.choice(["fiber", "dsl", "none"], size=n, p=[0.45, 0.40, 0.15])
    n_products = 1 + rng.binomial(4, 0.3, size=n)
    base = np.select([internet == "fiber", internet == "dsl"], [55.0, 35.0], 15.0)
    monthly = np.round(base + 9.0 * n_products + rng.normal(0, 6, size=n), 2).clip(10, None)
    payment = rng.choice(
        ["card-auto", "bank-transfer-auto", "electronic-check", "mailed-check"], size=n, p=[0.3, 0.25, 0.3, 0.15]
    )
    support_calls = rng.poisson(0.6 + 0.9 * (internet == "fiber"), size=n)
    late = rng.poisson(np.where(payment == "electronic-check", 0.7, 0.3), size=n)
    usage_change = np.round(rng.normal(0, 15, size=n), 1)
    age = np.clip(np.round(rng.normal(44, 14, size=n)), 18, 90).astype(int)
    paperless = rng.random(n) < 0.6

    # Churn drivers: short contracts, new customers, repeated support calls, high bills,
    # manual payment and falling usage (a customer who is already moving away).
    logit = (
        -4.6
        + 2.0 * (contract == "month-to-month")
        - 1.2 * (contract == "two-year")
        - 0.7 * np.log1p(tenure)
        + 0.8 * np.minimum(support_calls, 6)
        + 0.045 * (monthly - 70.0)
        + 0.9 * (payment == "electronic-check")
        + 0.5 * late
        + 0.07 * np.maximum(-usage_change, 0.0)
        - 0.4 * (n_products >= 3)
        + 0.5 * (age < 30)
        + rng.normal(0, 0.3, size=n)
    )
    churned = (rng.random(n) < 1.0 / (1.0 + np.exp(-logit))).astype(int)

    X = pd.DataFrame(
        {
            "tenure_months": tenure,
            "contract_type": contract,
            "monthly_charges": monthly,
            "internet_service": internet,
            "n_products": n_products,
            "payment_method": payment,
            "paperless_billing": paperless.astype(int),
            "support_calls_90d": support_calls,
            "late_payments_12m": late,
            "usage_change_pct": usage_change,
            "age": age,
        }
    )
    return X, pd.Series(churned, name="churned")


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    X, y = _customers(rng, N_TRAIN + N_PUBLIC + N_PRIVATE)
    X.index = pd.RangeIndex(len(X), name="customer")
    y.index = X.index
    cuts = [0, N_TRAIN, N_TRAIN + N_PUBLIC, len(X)]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
