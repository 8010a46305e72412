"""Tables as plain data: pandas DataFrames and Series to and from the wire format, never pickle.

Numeric and boolean columns travel as raw arrays (see ``wire``), text and categorical columns
as lists of strings (None for a missing value), datetimes as int64 nanoseconds. Runs on both
sides of the sandbox: the trusted process that prepares a dataset task and the sandboxed child
that rebuilds the frames for the candidate's ``fit_predict``. pandas is imported lazily.
"""

from __future__ import annotations

from typing import Any

import numpy as np

try:
    from aceml.judge.runtime import wire
except ImportError:  # inside the sandbox only /judge is importable
    import wire  # type: ignore[no-redef, import-not-found, unused-ignore]

TABLE_KEY = "__table__"
COLUMN_KEY = "__column__"


def _column(values: Any) -> dict[str, Any]:
    import pandas as pd

    series = pd.Series(values)
    kind = series.dtype.kind
    if kind == "M":
        return {
            "kind": "datetime",
            "data": wire.encode(series.to_numpy().astype("datetime64[ns]").astype(np.int64)),
        }
    if kind in "biuf":
        return {"kind": "array", "data": wire.encode(series.to_numpy())}
    if kind == "O" and series.map(lambda v: isinstance(v, bool | np.bool_)).all() and len(series):
        return {"kind": "array", "data": wire.encode(series.to_numpy(dtype=bool))}
    categorical = isinstance(series.dtype, pd.CategoricalDtype)
    texts = [
        None if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)
        for value in series
    ]
    return {"kind": "category" if categorical else "text", "data": texts}


def encode_table(value: Any) -> dict[str, Any]:
    """Return a DataFrame (or a Series, list or array of labels) as JSON-ready plain data."""
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return {
            TABLE_KEY: "frame",
            "columns": [str(name) for name in value.columns],
            "data": [_column(value[name]) for name in value.columns],
        }
    name = value.name if isinstance(value, pd.Series) else None
    return {TABLE_KEY: "series", "name": None if name is None else str(name), "data": _column(value)}


def _rebuild(column: dict[str, Any]) -> Any:
    import pandas as pd

    kind = column["kind"]
    if kind == "datetime":
        return pd.to_datetime(np.asarray(wire.decode(column["data"]), dtype=np.int64))
    if kind == "array":
        return np.array(wire.decode(column["data"]))  # a writable copy
    if kind == "category":
        return pd.Categorical(column["data"])
    if kind == "text":
        return np.array(column["data"], dtype=object)
    raise ValueError(f"unknown column kind {kind!r}")


def decode_table(data: dict[str, Any]) -> Any:
    """Rebuild the DataFrame or Series ``encode_table`` produced."""
    import pandas as pd

    if data.get(TABLE_KEY) == "frame":
        return pd.DataFrame(
            {name: _rebuild(column) for name, column in zip(data["columns"], data["data"], strict=True)},
            columns=data["columns"],
        )
    if data.get(TABLE_KEY) == "series":
        return pd.Series(_rebuild(data["data"]), name=data["name"])
    raise ValueError("not an encoded table")


def encode_predictions(value: Any) -> Any:
    """Return a candidate's predictions as plain data: a numeric array, or a list of labels.

    Raises:
        wire.EncodeError: the predictions are not a flat sequence of numbers or strings.
    """
    array = np.asarray(value)
    if array.ndim != 1:
        raise wire.EncodeError(f"predictions must be one-dimensional, got shape {array.shape}")
    if array.dtype.kind in "biuf":
        return wire.encode(np.ascontiguousarray(array))
    if array.dtype.kind in "OU":
        labels = []
        for item in array.tolist():
            if isinstance(item, bool | int | float | str):
                labels.append(item if not isinstance(item, float) or np.isfinite(item) else None)
            else:
                raise wire.EncodeError(f"predictions must be numbers or strings, got {type(item).__name__}")
        return labels
    raise wire.EncodeError(f"predictions of dtype {array.dtype} cannot be scored")


def preview_table(data: dict[str, Any], rows: int) -> tuple[list[str], list[list[Any]], int]:
    """Return the column names, the first ``rows`` rows and the row count of an encoded table.

    Plain NumPy (no pandas): the web process shows a dataset task's training data with it.
    """
    columns = data["columns"] if data.get(TABLE_KEY) == "frame" else [data.get("name") or "value"]
    encoded = data["data"] if data.get(TABLE_KEY) == "frame" else [data["data"]]
    values: list[list[Any]] = []
    for column in encoded:
        if column["kind"] == "array":
            values.append(np.asarray(wire.decode(column["data"])).tolist())
        elif column["kind"] == "datetime":
            stamps = np.asarray(wire.decode(column["data"]), dtype=np.int64).astype("datetime64[ns]")
            values.append([str(stamp)[:19] for stamp in stamps])
        else:
            values.append(list(column["data"]))
    count = len(values[0]) if values else 0
    return (
        [str(c) for c in columns],
        [[column[i] for column in values] for i in range(min(rows, count))],
        count,
    )


def table_rows(data: dict[str, Any]) -> int:
    """Return the number of rows of an encoded table (only its first column is decoded)."""
    column = data["data"][0] if data.get(TABLE_KEY) == "frame" else data["data"]
    if column["kind"] in ("array", "datetime"):
        return len(wire.decode(column["data"]))
    return len(column["data"])
