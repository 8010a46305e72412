"""The result wire format shared by the harness (encode, in the sandbox) and the supervisor
(decode, trusted): JSON where arrays travel as raw float64/int64/bool bytes with their shape.

Never pickle: decoding must not be able to run code or build arbitrary objects.
"""

from __future__ import annotations

import base64
import math
from typing import Any

import numpy as np

ARRAY_KEY = "__ndarray__"
FLOAT_KEY = "__float__"
_KINDS = {"b": "bool", "i": "int64", "u": "int64", "f": "float64"}
MAX_DEPTH = 32


class EncodeError(TypeError):
    """A value that cannot be sent back as plain data."""


def encode(value: Any, depth: int = 0) -> Any:
    """Return ``value`` as JSON-ready plain data; arrays become raw bytes with shape.

    Raises:
        EncodeError: for any type that is not plain data (objects with custom ``__eq__``,
            functions, generators...), so a trick object can never reach a checker.
    """
    if depth > MAX_DEPTH:
        raise EncodeError("the return value is nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return value
    if kind is float:
        return value if math.isfinite(value) else {FLOAT_KEY: repr(value)}
    if isinstance(value, np.generic) and type(value).__module__ == "numpy":
        return encode(value.item(), depth + 1) if value.dtype.kind in _KINDS else _unsupported(value)
    if kind is np.ndarray:
        if value.dtype.kind not in _KINDS:
            _unsupported(value)
        array = np.ascontiguousarray(value, dtype=_KINDS[value.dtype.kind])
        data = base64.b64encode(array.tobytes()).decode("ascii")
        return {ARRAY_KEY: array.dtype.name, "shape": list(array.shape), "data": data}
    if kind is list or kind is tuple:
        return [encode(item, depth + 1) for item in value]
    if kind is dict:
        out = {}
        for key, item in value.items():
            if type(key) is not str or key in (ARRAY_KEY, FLOAT_KEY):
                raise EncodeError("dictionary keys in the return value must be plain strings")
            out[key] = encode(item, depth + 1)
        return out
    return _unsupported(value)


def _unsupported(value: Any) -> Any:
    name = type(value).__name__
    raise EncodeError(f"returned a value of type {name}; return numbers, strings, lists or NumPy arrays")


def decode(data: Any, depth: int = 0) -> Any:
    """Return the plain value ``data`` encodes; arrays come back as read-only NumPy arrays.

    Raises:
        ValueError: malformed data (wrong byte count, unknown dtype, too deep).
    """
    if depth > MAX_DEPTH + 1:
        raise ValueError("value nested too deeply")
    if isinstance(data, list):
        return [decode(item, depth + 1) for item in data]
    if isinstance(data, dict):
        if ARRAY_KEY in data:
            dtype = data[ARRAY_KEY]
            if dtype not in ("bool", "int64", "float64"):
                raise ValueError(f"unsupported array dtype {dtype!r}")
            shape = tuple(int(n) for n in data["shape"])
            raw = base64.b64decode(data["data"], validate=True)
            array = np.frombuffer(raw, dtype=dtype)
            if array.size != math.prod(shape):
                raise ValueError("array data does not match its shape")
            return array.reshape(shape)
        if FLOAT_KEY in data:
            text = data[FLOAT_KEY]
            if text not in ("nan", "inf", "-inf"):
                raise ValueError(f"bad float {text!r}")
            return float(text)
        return {str(key): decode(item, depth + 1) for key, item in data.items()}
    if data is None or isinstance(data, bool | int | float | str):
        return data
    raise ValueError(f"unexpected value of type {type(data).__name__}")
