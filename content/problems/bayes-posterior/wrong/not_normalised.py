# Forgets to divide by the evidence P(results): returns prior * likelihood, not a distribution.
import numpy as np


def bayes_posterior(priors: np.ndarray, likelihoods: np.ndarray, results: list[int]) -> np.ndarray:
    post = np.asarray(priors, dtype=float).copy()
    lik = np.asarray(likelihoods, dtype=float).reshape(len(results), post.size)
    for j, r in enumerate(results):
        post = post * (lik[j] if r == 1 else 1.0 - lik[j])
    return post
