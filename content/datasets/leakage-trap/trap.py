"""Trap: the same model, but trained on every column, including `refund_issued`.

It looks superb on the historical public split (the refund flag restates the label) and collapses
on the private split, where the flag is only what is known on shipping day.
"""

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CATEGORICAL = ["main_category", "device"]


def _features(X: pd.DataFrame) -> pd.DataFrame:
    F = X.copy()
    F["is_new_customer"] = F["customer_prior_return_rate"].isna().astype(int)
    F["customer_prior_return_rate"] = F["customer_prior_return_rate"].fillna(0.28)
    F["log_order_value"] = np.log(F["order_value"])
    F["extra_sizes"] = F["n_sizes_same_model"] - 1
    return F


def fit_predict(X_train, y_train, X_test):
    F_train, F_test = _features(X_train), _features(X_test)
    numeric = [c for c in F_train.columns if c not in CATEGORICAL]
    model = make_pipeline(
        ColumnTransformer(
            [
                ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
                ("num", StandardScaler(), numeric),
            ]
        ),
        LogisticRegression(C=1.0, max_iter=3000),
    )
    model.fit(F_train, y_train)
    return model.predict_proba(F_test)[:, 1]
