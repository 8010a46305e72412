"""Runs one submission inside a sandboxed child: read the job, run each test, send results.

Messages on the result fd are JSON lines:
``{"t": "start", "i": n}``, ``{"t": "ok", "i": n, "value": ..., "cpu_ms": x}``,
``{"t": "error", "i": n, "type": "ValueError", "message": "...", "memory": bool}``,
``{"t": "ce", "message": "..."}`` (the code does not compile or lacks the entry point),
``{"t": "done"}``. The supervisor trusts none of it beyond its shape: verdicts come from the
supervisor's own checkers, clocks and cgroups.
"""

from __future__ import annotations

import builtins
import json
import os
import sys
import time
import traceback
from typing import Any

import numpy as np

try:
    from aceml.judge.runtime import frames, wire
except ImportError:  # inside the sandbox only /judge is importable
    import frames  # type: ignore[no-redef, import-not-found, unused-ignore]
    import wire  # type: ignore[no-redef, import-not-found, unused-ignore]

MAX_MESSAGE_CHARS = 2000


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


RESULT_CAP = 16 << 20  # the supervisor enforces the same cap; this only saves it the reading


def _send(fd: int, message: dict[str, Any]) -> None:
    data = (json.dumps(message, allow_nan=False) + "\n").encode()
    if len(data) > RESULT_CAP:
        data = (json.dumps({"t": "ole", "i": message.get("i")}) + "\n").encode()
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _exception_name(exc: BaseException) -> str:
    # Only built-in and NumPy exception names are reported: a user-defined class name
    # could carry a hidden input out of the sandbox.
    kind = type(exc)
    if getattr(builtins, kind.__name__, None) is kind or kind.__module__.startswith("numpy"):
        return kind.__name__
    return "Exception"


def _describe(exc: BaseException) -> str:
    lines = traceback.format_exception_only(type(exc), exc)
    return "".join(lines).strip()[:MAX_MESSAGE_CHARS]


def run(job_fd: int, result_fd: int) -> None:
    """Read the job from ``job_fd`` and stream results to ``result_fd``; never raises."""
    job = json.loads(_read_all(job_fd))
    os.close(job_fd)
    code: str = job["code"]
    entry_point: str = job["entry_point"]
    array_args = set(job.get("array_args", []))
    tests: list[dict[str, Any]] = job["tests"]
    training: dict[str, Any] | None = job.get("training")  # dataset tasks: X_train and y_train
    del job
    try:
        compiled = compile(code, "solution.py", "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        _send(result_fd, {"t": "ce", "message": _describe(exc)})
        return
    namespace: dict[str, Any] = {"__name__": "solution"}
    module_error: BaseException | None = None
    try:
        exec(compiled, namespace)
    except BaseException as exc:  # noqa: BLE001 - user code may raise anything, even SystemExit
        module_error = exc
    function = namespace.get(entry_point)
    if module_error is None and not callable(function):
        _send(result_fd, {"t": "ce", "message": f"solution.py does not define a function {entry_point}()"})
        return
    for index, test in enumerate(tests):
        _send(result_fd, {"t": "start", "i": index})
        started = time.process_time()
        try:
            if module_error is not None:
                raise module_error
            assert function is not None
            if training is not None:
                # A fresh copy of the training data for every split: nothing one call does to it
                # leaks into the next.
                value = function(
                    frames.decode_table(training["X_train"]),
                    frames.decode_table(training["y_train"]),
                    frames.decode_table(test["input"]["X_test"]),
                )
                encoded = frames.encode_predictions(value)
            else:
                kwargs = {
                    name: np.asarray(value) if name in array_args else value
                    for name, value in test["input"].items()
                }
                value = function(**kwargs)
                encoded = wire.encode(value)
            message: dict[str, Any] = {"t": "ok", "i": index, "value": encoded}
        except wire.EncodeError as exc:
            message = {"t": "error", "i": index, "type": "TypeError", "message": str(exc), "encode": True}
        except BaseException as exc:  # noqa: BLE001 - a failing test is data, not a crash
            message = {
                "t": "error",
                "i": index,
                "type": _exception_name(exc),
                "message": _describe(exc),
                "memory": isinstance(exc, MemoryError),
            }
        message["cpu_ms"] = round((time.process_time() - started) * 1000, 3)
        _send(result_fd, message)
    _send(result_fd, {"t": "done"})
    sys.stdout.flush()
