import numpy as np


def generate(seed: int) -> list[dict]:
    """Random images and asymmetric kernels with assorted strides and paddings."""
    rng = np.random.default_rng(seed)
    cases = []
    for (H, W), (kh, kw), stride, padding in [
        ((8, 8), (3, 3), 1, 1),
        ((12, 9), (3, 2), 2, 0),
        ((16, 16), (5, 5), 3, 2),
        ((7, 11), (4, 3), 2, 1),
        ((20, 15), (1, 3), 1, 0),
        ((6, 6), (6, 6), 1, 0),
        ((10, 13), (3, 5), 4, 3),
        ((32, 32), (3, 3), 2, 1),
    ]:
        image = rng.standard_normal((H, W)) * 2.0
        kernel = rng.standard_normal((kh, kw))
        cases.append(
            {
                "image": np.round(image, 4).tolist(),
                "kernel": np.round(kernel, 4).tolist(),
                "stride": stride,
                "padding": padding,
            }
        )
    return cases
