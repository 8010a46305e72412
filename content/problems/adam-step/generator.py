import numpy as np


def generate(seed: int) -> list[dict]:
    """Longer runs with noisy gradients of mixed scales, including very small ones where the
    placement of eps matters."""
    rng = np.random.default_rng(seed)
    cases = []
    for d, steps, lr, beta1, beta2, eps, grad_scale in [
        (5, 10, 0.001, 0.9, 0.999, 1e-8, 1.0),
        (10, 50, 0.01, 0.9, 0.999, 1e-8, 0.1),
        (3, 100, 0.05, 0.95, 0.99, 1e-6, 1.0),
        (8, 20, 0.001, 0.9, 0.999, 1e-8, 1e-6),
        (4, 30, 0.1, 0.5, 0.9, 1e-3, 5.0),
        (20, 5, 0.002, 0.9, 0.999, 1e-8, 0.01),
    ]:
        params = rng.standard_normal(d)
        drift = rng.standard_normal(d)
        grads = grad_scale * (drift + 0.5 * rng.standard_normal((steps, d)))
        cases.append(
            {
                "params": np.round(params, 4).tolist(),
                "grads": [[float(f"{value:.4g}") for value in row] for row in grads],
                "lr": lr,
                "beta1": beta1,
                "beta2": beta2,
                "eps": eps,
            }
        )
    return cases
