import numpy as np


def rnn_forward(X: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Run a vanilla RNN cell h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b) over a sequence.

    Args:
        X: float array (T, d), the inputs x_1..x_T, one time step per row.
        h0: float array (H,), the initial hidden state.
        Wx: float array (d, H), input-to-hidden weights.
        Wh: float array (H, H), hidden-to-hidden weights (not symmetric in general).
        b: float array (H,), the bias.

    Returns:
        Float array (T, H): row t-1 is h_t, for t = 1..T (h0 itself is not included).
    """
    raise NotImplementedError
