import numpy as np


def adam_steps(
    params: np.ndarray, grads: np.ndarray, lr: float, beta1: float, beta2: float, eps: float
) -> np.ndarray:
    """Run Adam from `params`, using the gradients given for each step.

    Args:
        params: float array (d,), the starting parameters.
        grads: float array (steps, d); row t - 1 is the gradient used at step t (t = 1..steps).
        lr: learning rate. beta1, beta2: decay rates of the first and second moments.
        eps: added to sqrt(v_hat) (outside the square root) in the denominator.

    Returns:
        Float array (d,): the parameters after all steps, with m and v starting at zero and
        bias correction 1 - beta**t using t = 1 at the first step.
    """
    raise NotImplementedError
