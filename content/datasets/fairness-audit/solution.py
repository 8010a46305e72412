"""Reference: a risk model without the postcode proxy, then one approval threshold per group,
chosen on cross-validated training predictions so that repaying applicants of both groups are
approved at the same rate (equal opportunity) and overall approval rates stay close."""

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# Safety margins inside the scoring limits (0.08 / 0.08): test splits are noisy.
TARGET_EO_GAP = 0.02
TARGET_DP_GAP = 0.04


def _features(X: pd.DataFrame) -> pd.DataFrame:
    F = X.drop(columns=["postcode_area"])  # a proxy for group that adds no legitimate information
    F["log_income"] = np.log(F["income_k"])
    F["loan_to_income"] = F["loan_amount_k"] / F["income_k"]
    return F


def _model():
    numeric = ["income_k", "log_income", "employment_years", "credit_history_years", "debt_to_income",
               "late_payments_2y", "loan_amount_k", "loan_to_income", "open_credit_cards"]
    return make_pipeline(
        ColumnTransformer(
            [("num", StandardScaler(), numeric), ("grp", OneHotEncoder(drop="first"), ["group"])]
        ),
        LogisticRegression(C=1.0, max_iter=3000),
    )


def _choose_thresholds(p: np.ndarray, y: np.ndarray, is_a: np.ndarray) -> tuple[float, float]:
    grid = np.linspace(0.2, 0.8, 61)
    best, best_acc = (0.5, 0.5), -1.0
    pos_a, pos_b = is_a & (y == 1), ~is_a & (y == 1)
    for t_a in grid:
        for t_b in grid:
            d = np.where(is_a, p >= t_a, p >= t_b)
            eo = abs(d[pos_a].mean() - d[pos_b].mean())
            dp = abs(d[is_a].mean() - d[~is_a].mean())
            acc = np.mean(d == y)
            if eo <= TARGET_EO_GAP and dp <= TARGET_DP_GAP and acc > best_acc:
                best, best_acc = (t_a, t_b), acc
    return best


def fit_predict(X_train, y_train, X_test):
    F_train, F_test = _features(X_train), _features(X_test)
    y = np.asarray(y_train)
    # Out-of-fold probabilities, so the thresholds are not tuned on fitted (optimistic) scores.
    p_cv = cross_val_predict(_model(), F_train, y, cv=5, method="predict_proba")[:, 1]
    t_a, t_b = _choose_thresholds(p_cv, y, (X_train["group"] == "A").to_numpy())
    model = _model().fit(F_train, y)
    p = model.predict_proba(F_test)[:, 1]
    return np.where(X_test["group"] == "A", p >= t_a, p >= t_b).astype(int)
