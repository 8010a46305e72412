import numpy as np


def conv2d(image: np.ndarray, kernel: np.ndarray, stride: int, padding: int) -> np.ndarray:
    """Slide a kernel over a zero-padded single-channel image (deep-learning "convolution").

    Args:
        image: float array (H, W).
        kernel: float array (kh, kw); it is NOT flipped (cross-correlation).
        stride: step between neighbouring windows, >= 1, the same in both directions.
        padding: rows/columns of zeros added on every side, >= 0.

    Returns:
        Float array of shape ((H + 2*padding - kh) // stride + 1, (W + 2*padding - kw) // stride + 1)
        where out[i, j] = sum(padded[i*stride : i*stride + kh, j*stride : j*stride + kw] * kernel).
    """
    raise NotImplementedError
