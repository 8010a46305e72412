# Uses P(positive | H) for every test, even when the result was negative (should be 1 - P).
import numpy as np


def bayes_posterior(priors: np.ndarray, likelihoods: np.ndarray, results: list[int]) -> np.ndarray:
    priors = np.asarray(priors, dtype=float)
    lik = np.asarray(likelihoods, dtype=float).reshape(len(results), priors.size)
    joint = priors * lik.prod(axis=0)
    return joint / joint.sum()
