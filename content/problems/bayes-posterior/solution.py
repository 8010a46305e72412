import numpy as np


def bayes_posterior(priors: np.ndarray, likelihoods: np.ndarray, results: list[int]) -> np.ndarray:
    """Multiply each prior by the probability of every observed result, then normalise."""
    priors = np.asarray(priors, dtype=float)
    m = len(results)
    lik = np.asarray(likelihoods, dtype=float).reshape(m, priors.size)
    positive = np.asarray(results).reshape(m, 1) == 1
    per_test = np.where(positive, lik, 1.0 - lik)  # P(result_j | H_i), shape (m, k)
    joint = priors * per_test.prod(axis=0)
    return joint / joint.sum()
