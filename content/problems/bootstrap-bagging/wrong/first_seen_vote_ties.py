# Majority vote with Counter.most_common: a tie goes to the label voted first, not the smallest one.
from collections import Counter

import numpy as np


def bagging_predict(X_train, y_train, X_test, n_estimators, seed):
    X_train, y_train, X_test = np.asarray(X_train, float), np.asarray(y_train), np.asarray(X_test, float)
    n = len(y_train)
    rng = np.random.default_rng(seed)
    all_votes = []
    for _ in range(n_estimators):
        sample = rng.integers(0, n, size=n)
        Xs, ys = X_train[sample], y_train[sample]
        classes = np.unique(ys)
        centroids = np.array([Xs[ys == c].mean(axis=0) for c in classes])
        all_votes.append(classes[np.argmin(((X_test[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)])
    votes = np.array(all_votes)
    return np.array([Counter(votes[:, i].tolist()).most_common(1)[0][0] for i in range(len(X_test))], dtype=np.int64)
