"""Generate past loan applications with a sensitive attribute `group` (A or B).

Group B applicants have much shorter credit files (for example recent arrivals), but for them a
short file says little about risk: their repayment depends on income, debt and payment behaviour
just like everyone else's. A model that learns "long credit history = safe" from group A therefore
under-rates qualified group B applicants. Group B also lives mostly in a few postcode areas, so the
postcode is a proxy for the group.
"""

import numpy as np
import pandas as pd

N_TRAIN, N_PUBLIC, N_PRIVATE = 5000, 4000, 4000
AREAS = [f"area-{k}" for k in range(1, 9)]


def _applications(rng: np.random.Generator, n: int) -> tuple[pd.DataFrame, pd.Series]:
    group = np.where(rng.random(n) < 0.6, "A", "B")
    is_b = group == "B"
    area_p_a = np.array([0.2, 0.18, 0.16, 0.14, 0.12, 0.1, 0.06, 0.04])
    area_p_b = np.array([0.03, 0.04, 0.05, 0.06, 0.08, 0.18, 0.26, 0.30])
    area = np.where(is_b, rng.choice(AREAS, size=n, p=area_p_b), rng.choice(AREAS, size=n, p=area_p_a))

    income = np.round(rng.lognormal(np.log(np.where(is_b, 40, 50)), 0.4, n), 1)
    employment = np.round(rng.gamma(2.0, np.where(is_b, 2.5, 3.5), n), 1)
    dti = np.round(rng.beta(np.where(is_b, 3.0, 2.5), 6.0, n), 3)
    late = rng.poisson(0.5, n)
    loan = np.round(income * rng.uniform(0.2, 0.9, n), 1)
    open_cards = rng.poisson(np.where(is_b, 1.2, 2.5), n)
    # Financial discipline: a strong driver of repayment that the bureau only sees through a
    # long credit file. Group A files reflect it; group B files are too short to show it.
    discipline = rng.normal(0, 1, n)
    history = np.where(
        is_b,
        rng.gamma(1.5, 2.0, n),
        np.clip(12 + 4.0 * discipline + rng.normal(0, 2.0, n), 0.5, 40),
    )
    history = np.round(history, 1)

    score = (
        0.5
        + 1.0 * np.log(income / 45)
        - 4.0 * (dti - 0.3)
        - 0.7 * late
        + 0.06 * np.minimum(employment, 15)
        - 0.8 * (loan / income - 0.55)
        + 1.0 * discipline
        + rng.normal(0, 0.3, n)
    )
    repaid = (rng.random(n) < 1 / (1 + np.exp(-1.8 * score))).astype(int)

    X = pd.DataFrame(
        {
            "group": group,
            "postcode_area": area,
            "income_k": income,
            "employment_years": employment,
            "credit_history_years": history,
            "debt_to_income": dti,
            "late_payments_2y": late,
            "loan_amount_k": loan,
            "open_credit_cards": open_cards,
        }
    )
    return X, pd.Series(repaid, name="repaid")


def prepare(seed: int) -> dict:
    rng = np.random.default_rng(seed)
    X, y = _applications(rng, N_TRAIN + N_PUBLIC + N_PRIVATE)
    X.index = pd.RangeIndex(len(X), name="application")
    y.index = X.index
    cuts = [0, N_TRAIN, N_TRAIN + N_PUBLIC, len(X)]
    parts = {}
    for name, lo, hi in zip(["train", "public", "private"], cuts[:-1], cuts[1:]):
        parts[f"X_{name}"] = X.iloc[lo:hi].copy()
        parts[f"y_{name}"] = y.iloc[lo:hi].copy()
    return parts
