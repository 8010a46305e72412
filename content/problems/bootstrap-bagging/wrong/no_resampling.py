# Fits every model on the full training set instead of a bootstrap sample: no bagging at all.
import numpy as np


def bagging_predict(X_train, y_train, X_test, n_estimators, seed):
    X_train, y_train, X_test = np.asarray(X_train, float), np.asarray(y_train), np.asarray(X_test, float)
    classes = np.unique(y_train)
    centroids = np.array([X_train[y_train == c].mean(axis=0) for c in classes])
    distances = ((X_test[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return classes[np.argmin(distances, axis=1)].astype(np.int64)
