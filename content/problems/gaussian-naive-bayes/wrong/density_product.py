# Multiplies the densities instead of adding log densities: with many features the product underflows to 0.
import numpy as np


def gaussian_nb_predict(X_train, y_train, X_test, var_smoothing):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes = np.unique(y_train)
    posteriors = []
    for label in classes:
        rows = X_train[y_train == label]
        mean = rows.mean(axis=0)
        var = rows.var(axis=0) + var_smoothing
        prior = len(rows) / len(X_train)
        density = np.exp(-((X_test - mean) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)
        posteriors.append(prior * density.prod(axis=1))
    return [int(classes[i]) for i in np.argmax(np.array(posteriors), axis=0)]
