import numpy as np


def sgd_losses(
    X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int, seed: int
) -> list[float]:
    """Train linear regression (weights + bias) with mini-batch SGD on the MSE loss.

    Args:
        X: float array of shape (n, d), the features.
        y: float array of shape (n,), the targets.
        lr: learning rate.
        epochs: number of passes over the data, >= 1.
        batch_size: mini-batch size, >= 1 (the last batch of an epoch may be smaller).
        seed: seed for numpy.random.default_rng, used to shuffle the rows every epoch.

    Returns:
        A list of `epochs` floats: the mean squared error on the full data set after each epoch.
    """
    raise NotImplementedError
