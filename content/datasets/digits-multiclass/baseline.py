"""Naive baseline: always predict the most frequent digit of the training set."""

import numpy as np


def fit_predict(X_train, y_train, X_test):
    return np.full(len(X_test), y_train.value_counts().idxmax())
