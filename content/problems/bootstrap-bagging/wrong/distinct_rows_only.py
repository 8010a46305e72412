# Drops the duplicate draws (np.unique on the bootstrap indices), so repeated rows do not weigh more.
import numpy as np


def bagging_predict(X_train, y_train, X_test, n_estimators, seed):
    X_train, y_train, X_test = np.asarray(X_train, float), np.asarray(y_train), np.asarray(X_test, float)
    n = len(y_train)
    rng = np.random.default_rng(seed)
    labels = np.unique(y_train)
    counts = np.zeros((len(labels), len(X_test)), dtype=int)
    for _ in range(n_estimators):
        sample = np.unique(rng.integers(0, n, size=n))
        Xs, ys = X_train[sample], y_train[sample]
        classes = np.unique(ys)
        centroids = np.array([Xs[ys == c].mean(axis=0) for c in classes])
        pred = classes[np.argmin(((X_test[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)]
        counts += pred[None, :] == labels[:, None]
    return labels[np.argmax(counts, axis=0)].astype(np.int64)
