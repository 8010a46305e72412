# Multiplies the previous state as Wh @ h (column-vector habit), i.e. uses Wh transposed.
import numpy as np


def rnn_forward(X: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    h = np.asarray(h0, dtype=float)
    states = []
    for t in range(X.shape[0]):
        h = np.tanh(X[t] @ Wx + Wh @ h + b)
        states.append(h)
    return np.array(states)
