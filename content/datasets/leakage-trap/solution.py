"""Reference: logistic regression on what is known when the order ships.

`refund_issued` is dropped: a refund is paid after the parcel comes back, so in the history it
simply restates the label, and on shipping day it cannot contain that information yet.
"""

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CATEGORICAL = ["main_category", "device"]
NOT_AVAILABLE_AT_SHIPPING = ["refund_issued"]


def _features(X: pd.DataFrame) -> pd.DataFrame:
    F = X.drop(columns=NOT_AVAILABLE_AT_SHIPPING)
    # New customers have no return history: flag them and fill the rate with a typical value.
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
