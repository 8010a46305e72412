"""Fitted grader parameters, one set per embedding backend, stored in ``params.json``.

The numbers are produced by ``benchmarks/grader_eval.py --write`` from the SemEval-2013 Task 7
training split (never from the bank's own model answers); the defaults in :class:`Params` apply
to a backend with no fitted entry.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from pathlib import Path

from aceml.grading.matcher import Params

PARAMS_FILE = Path(__file__).with_name("params.json")


@cache
def fitted_params(backend: str) -> Params:
    """Return the fitted parameters for ``backend``, or the defaults."""
    try:
        stored = json.loads(PARAMS_FILE.read_text())
    except (OSError, ValueError):
        return Params()
    values = stored.get(backend, {})
    known = {f.name for f in fields(Params)}
    return Params(**{key: float(value) for key, value in values.items() if key in known})
