"""Trusted helper for dataset tasks, run on the judge Python (never given candidate code).

Reads one JSON request on stdin and writes one JSON value on stdout:

- ``{"op": "prepare", "code": <prepare.py>, "seed": n}`` returns the six splits as encoded
  tables (``frames.encode_table``);
- ``{"op": "score", "code": <score.py>, "splits": [{"y_true": table, "X": table, "predictions": plain}]}``
  returns one ``{"score": float}`` or ``{"error": message}`` per split; an error means score.py
  rejected the predictions (wrong length, NaN, ...): the candidate's fault, not the content's.
"""

from __future__ import annotations

import json
import math
import os
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

try:
    from aceml.judge.runtime import frames, wire  # noqa: E402
except ImportError:  # run as a script: the runtime directory is on sys.path
    import frames  # type: ignore[no-redef, import-not-found, unused-ignore]  # noqa: E402
    import wire  # type: ignore[no-redef, import-not-found, unused-ignore]  # noqa: E402

SPLITS = ("X_train", "y_train", "X_public", "y_public", "X_private", "y_private")


def _function(code: str, name: str, filename: str) -> Any:
    namespace: dict[str, Any] = {"__name__": filename}
    exec(compile(code, filename, "exec"), namespace)  # trusted content, never candidate code
    return namespace[name]


def prepare(request: dict[str, Any]) -> dict[str, Any]:
    """Run prepare(seed) and return the encoded splits."""
    splits = _function(request["code"], "prepare", "prepare.py")(int(request["seed"]))
    missing = [name for name in SPLITS if name not in splits]
    if missing:
        raise ValueError(f"prepare() returned no {', '.join(missing)}")
    return {name: frames.encode_table(splits[name]) for name in SPLITS}


def score(request: dict[str, Any]) -> list[dict[str, Any]]:
    """Score each split's decoded predictions with score.py."""
    scorer = _function(request["code"], "score", "score.py")
    return [_score_split(scorer, split) for split in request["splits"]]


def _score_split(scorer: Any, request: dict[str, Any]) -> dict[str, Any]:
    raw = request["predictions"]
    predictions = np.asarray(wire.decode(raw)) if isinstance(raw, dict) else np.asarray(raw, dtype=object)
    y_true, features = frames.decode_table(request["y_true"]), frames.decode_table(request["X"])
    try:
        value = float(scorer(y_true, predictions, features))
    except (ValueError, TypeError) as exc:
        return {"error": str(exc)[:500]}
    if not math.isfinite(value):
        return {"error": "the predictions give a score that is not a finite number"}
    return {"score": value}


def main() -> None:
    """Serve one request."""
    request = json.loads(sys.stdin.buffer.read())
    result: Any = prepare(request) if request["op"] == "prepare" else score(request)
    sys.stdout.write(json.dumps(result, allow_nan=False))


if __name__ == "__main__":
    main()
