"""Naive baseline: predict the mean training price for every house."""

import numpy as np


def fit_predict(X_train, y_train, X_test):
    return np.full(len(X_test), float(np.mean(y_train)))
