import numpy as np


def gaussian_nb_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, var_smoothing: float
) -> list[int]:
    """Gaussian naive Bayes: per-class priors, means and smoothed population variances;
    predict the class with the largest log-posterior (smallest label on ties)."""
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train, dtype=int)
    classes = np.unique(y_train)  # ascending, so argmax picks the smallest label on ties
    scores = np.empty((X_test.shape[0], classes.size))
    for index, label in enumerate(classes):
        rows = X_train[y_train == label]
        mean = rows.mean(axis=0)
        var = rows.var(axis=0) + var_smoothing  # population variance (divides by n_c)
        log_prior = np.log(rows.shape[0] / X_train.shape[0])
        log_likelihood = -0.5 * (np.log(2.0 * np.pi * var) + (X_test - mean) ** 2 / var).sum(axis=1)
        scores[:, index] = log_prior + log_likelihood
    return [int(label) for label in classes[np.argmax(scores, axis=1)]]
