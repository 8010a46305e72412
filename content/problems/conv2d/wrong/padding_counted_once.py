# Pads the image correctly but computes the output size with H + padding - kh, dropping the last windows.
import numpy as np


def conv2d(image: np.ndarray, kernel: np.ndarray, stride: int, padding: int) -> np.ndarray:
    image = np.asarray(image, dtype=float)
    kernel = np.asarray(kernel, dtype=float)
    kh, kw = kernel.shape
    H, W = image.shape
    padded = np.pad(image, padding)
    out_h = (H + padding - kh) // stride + 1
    out_w = (W + padding - kw) // stride + 1
    out = np.zeros((max(out_h, 0), max(out_w, 0)))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(padded[i * stride : i * stride + kh, j * stride : j * stride + kw] * kernel)
    return out
