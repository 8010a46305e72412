"""Reference: logistic regression on one-hot categories plus a few shaped numeric features."""

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CATEGORICAL = ["contract_type", "internet_service", "payment_method"]


def _features(X: pd.DataFrame) -> pd.DataFrame:
    F = X.copy()
    F["log_tenure"] = np.log1p(F["tenure_months"])  # the first months matter most
    F["usage_drop_pct"] = np.maximum(-F["usage_change_pct"], 0.0)  # only a fall in usage signals leaving
    F["under_30"] = (F["age"] < 30).astype(int)
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
        LogisticRegression(C=1.0, max_iter=2000),
    )
    model.fit(F_train, y_train)
    return model.predict_proba(F_test)[:, 1]
