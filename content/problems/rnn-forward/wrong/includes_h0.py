# Off by one: records the state before each update, so the output is h_0 .. h_{T-1} instead of h_1 .. h_T.
import numpy as np


def rnn_forward(X: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    h = np.asarray(h0, dtype=float)
    states = []
    for t in range(X.shape[0]):
        states.append(h)
        h = np.tanh(X[t] @ Wx + h @ Wh + b)
    return np.array(states)
