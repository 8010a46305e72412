import numpy as np


def rnn_forward(X: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hidden states h_1..h_T of a vanilla tanh RNN run over the sequence X from h0."""
    X = np.asarray(X, dtype=float)
    h = np.asarray(h0, dtype=float)
    Wx, Wh, b = np.asarray(Wx, dtype=float), np.asarray(Wh, dtype=float), np.asarray(b, dtype=float)
    states = np.zeros((X.shape[0], h.shape[0]))
    for t in range(X.shape[0]):
        h = np.tanh(X[t] @ Wx + h @ Wh + b)
        states[t] = h
    return states
