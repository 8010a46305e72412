"""The result wire format: plain data only, arrays as raw bytes with shape, never pickle."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from aceml.judge.runtime import wire


def round_trip(value: object) -> object:
    return wire.decode(json.loads(json.dumps(wire.encode(value))))


def test_arrays_keep_shape_and_dtype_family() -> None:
    for array in (
        np.arange(6).reshape(2, 3),
        np.linspace(0, 1, 4),
        np.array([True, False]),
        np.zeros((0, 3)),
    ):
        back = round_trip(array)
        assert isinstance(back, np.ndarray)
        assert back.shape == array.shape
        assert back.dtype.kind == array.dtype.kind
        assert np.array_equal(back, array)


def test_plain_values_and_special_floats() -> None:
    value = {"a": [1, 2.5, "x", None, True], "b": (1, 2), "nan": math.nan, "inf": -math.inf}
    back = round_trip(value)
    assert isinstance(back, dict)
    assert back["a"] == [1, 2.5, "x", None, True]
    assert back["b"] == [1, 2]
    assert math.isnan(back["nan"]) and back["inf"] == -math.inf
    assert round_trip(np.float32(1.5)) == 1.5


@pytest.mark.parametrize(
    "value",
    [object(), lambda: 1, {1: "non-string key"}, np.array(["a"]), type("Sub", (np.ndarray,), {})((2,)), {1j}],
    ids=["object", "function", "int-key", "str-array", "ndarray-subclass", "set"],
)
def test_anything_else_is_refused(value: object) -> None:
    with pytest.raises(wire.EncodeError):
        wire.encode(value)


def test_decode_rejects_malformed_arrays() -> None:
    with pytest.raises(ValueError, match="shape"):
        wire.decode({wire.ARRAY_KEY: "float64", "shape": [3], "data": "AAAAAAAAAAA="})
    with pytest.raises(ValueError, match="dtype"):
        wire.decode({wire.ARRAY_KEY: "object", "shape": [1], "data": ""})
    with pytest.raises(ValueError, match="bad float"):
        wire.decode({wire.FLOAT_KEY: "1e999"})
