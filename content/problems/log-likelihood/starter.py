import numpy as np


def log_likelihood(x: np.ndarray, dist: str, params: list[float]) -> float:
    """Log-likelihood of the i.i.d. sample x under a Bernoulli or a Gaussian model.

    Args:
        x: array of shape (n,), n >= 1; only 0s and 1s when dist == "bernoulli".
        dist: "bernoulli" (params = [p], 0 <= p <= 1) or
              "gaussian" (params = [mu, sigma], sigma > 0 is the standard deviation).
        params: the model parameters, as above.

    Returns:
        The total (summed, natural-log) log-likelihood as a float; -inf if some
        observation is impossible under the model (0 * log 0 counts as 0).
    """
    raise NotImplementedError
