import numpy as np


def bayes_posterior(priors: np.ndarray, likelihoods: np.ndarray, results: list[int]) -> np.ndarray:
    """Posterior probability of each hypothesis after observing independent binary test results.

    Args:
        priors: float array of shape (k,), P(H_i); non-negative, sums to 1.
        likelihoods: float array of shape (m, k); likelihoods[j, i] = P(test j positive | H_i).
        results: list of m ints, 1 for a positive and 0 for a negative result of test j.

    Returns:
        Float array of shape (k,): P(H_i | all m results), summing to 1.
    """
    raise NotImplementedError
