"""Trusted comparison of a submission's output with the expected output. Pure functions.

Each checker returns a :class:`Check`: whether the output is accepted and, when not, a short
reason (shown only for sample tests). Outputs arrive already decoded from the wire format, so
they are plain Python values and NumPy arrays: no user object ever reaches a comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from aceml.bank.models import Checker, CheckerKind


@dataclass(frozen=True)
class Check:
    """A checker's decision."""

    ok: bool
    message: str = ""


_ACCEPT = Check(True)


class _Reject(Exception):
    """Internal: the output cannot be compared (wrong type, ragged, ...)."""


def _numeric(value: Any, what: str = "output") -> np.ndarray:
    if isinstance(value, str | dict) or value is None:
        raise _Reject(f"the {what} should be numeric, got {type(value).__name__}")
    try:
        array = np.asarray(value)
    except ValueError as exc:
        raise _Reject(f"the {what} is not a rectangular array") from exc
    if array.dtype.kind not in "biuf":
        raise _Reject(f"the {what} should be numeric, got {type(value).__name__}")
    return array


def _family(array: np.ndarray) -> str:
    return {"b": "bool", "i": "integer", "u": "integer", "f": "float"}[array.dtype.kind]


def _prepare(output: Any, expected: Any) -> tuple[np.ndarray, np.ndarray]:
    out, exp = _numeric(output), _numeric(expected, "expected value")
    if out.shape != exp.shape:
        raise _Reject(f"shape {out.shape}, expected {exp.shape}")
    out_family, exp_family = _family(out), _family(exp)
    if out_family != exp_family and not (exp_family == "float" and out_family == "integer"):
        raise _Reject(f"{out_family} values, expected {exp_family} values")
    return out.astype(float) if exp_family == "float" else out, exp


def _close(out: np.ndarray, exp: np.ndarray, rtol: float, atol: float) -> Check:
    if exp.dtype.kind != "f":
        if np.array_equal(out, exp):
            return _ACCEPT
        where = np.argwhere(out != exp)
        first = tuple(int(i) for i in where[0]) if where.size else ()
        return Check(False, f"{int(where.shape[0])} value(s) differ; first at index {first}")
    out_nan, exp_nan = np.isnan(out), np.isnan(exp)
    if not np.array_equal(out_nan, exp_nan):
        return Check(
            False, "NaN where a number was expected" if out_nan.any() else "a number where NaN was expected"
        )
    good = np.isclose(out, exp, rtol=rtol, atol=atol, equal_nan=True)
    if good.all():
        return _ACCEPT
    bad = np.argwhere(~good)
    first = tuple(int(i) for i in bad[0])
    got, want = out[first] if first else out, exp[first] if first else exp
    return Check(
        False,
        f"{bad.shape[0]} value(s) outside tolerance; first at index {first}: got {got!r}, expected {want!r}",
    )


def _exact(output: Any, expected: Any) -> Check:
    def plain(value: Any) -> Any:
        if isinstance(value, np.ndarray):
            return value.tolist()
        if isinstance(value, list | tuple):
            return [plain(item) for item in value]
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        return value

    def same(a: Any, b: Any) -> bool:
        if isinstance(b, bool) or isinstance(a, bool):
            return type(a) is type(b) and a == b
        if isinstance(b, list):
            return (
                isinstance(a, list)
                and len(a) == len(b)
                and all(same(x, y) for x, y in zip(a, b, strict=True))
            )
        if isinstance(b, dict):
            return isinstance(a, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in b)
        if isinstance(b, int):
            return type(a) is int and a == b
        return type(a) is type(b) and bool(a == b)

    out, exp = plain(output), plain(expected)
    if same(out, exp):
        return _ACCEPT
    return Check(False, f"got {_short(out)}, expected {_short(exp)}")


def _short(value: Any, limit: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _sign_invariant(out: np.ndarray, exp: np.ndarray, rtol: float, atol: float, per: str) -> Check:
    if per == "whole" or out.ndim < 2:
        pairs = [(out, exp)]
    elif per == "row":
        pairs = list(zip(out, exp, strict=True))
    else:
        pairs = list(zip(out.T, exp.T, strict=True))
    for index, (got, want) in enumerate(pairs):
        if not (_close(got, want, rtol, atol).ok or _close(-got, want, rtol, atol).ok):
            return Check(False, f"vector {index} differs from the expected one even up to sign")
    return _ACCEPT


def _permutation_invariant(out: np.ndarray, exp: np.ndarray, rtol: float, atol: float, mode: str) -> Check:
    if mode == "labels":
        if out.ndim != 1 or out.dtype.kind not in "iu":
            return Check(False, "expected a 1-D array of integer labels")
        forward: dict[int, int] = {}
        backward: dict[int, int] = {}
        for got, want in zip(out.tolist(), exp.tolist(), strict=True):
            if forward.setdefault(got, want) != want or backward.setdefault(want, got) != got:
                return Check(False, "the labels do not define the same grouping (adjusted Rand index < 1)")
        return _ACCEPT
    unused = list(range(len(out)))
    for index, want in enumerate(exp):
        match = next((j for j in unused if _close(out[j], want, rtol, atol).ok), None)
        if match is None:
            return Check(False, f"expected row {index} has no matching row in the output")
        unused.remove(match)
    return _ACCEPT


def _probability(out: np.ndarray, exp: np.ndarray, rtol: float, atol: float) -> Check:
    tolerance = max(atol, 1e-6)
    if np.isnan(out).any() or (out < -tolerance).any():
        return Check(False, "probabilities must be non-negative numbers")
    sums = out.sum(axis=-1)
    if not np.allclose(sums, 1.0, rtol=0, atol=tolerance):
        return Check(False, "probability vectors must sum to 1")
    return _close(out, exp, rtol, atol)


def _loss_decreases(output: Any, expected: Any, options: Mapping[str, Any]) -> Check:
    out, exp = _numeric(output).astype(float), _numeric(expected, "expected value")
    if out.ndim != 1 or out.shape != exp.shape:
        return Check(False, f"expected a 1-D list of {exp.size} losses")
    if not np.isfinite(out).all():
        return Check(False, "the losses must be finite numbers")
    first = out[0]
    if (out > first * (1 + 1e-9) + 1e-12).any():
        return Check(False, "the loss rose above its first value")
    ratio = float(options.get("max_ratio", 0.5))
    if out[-1] > ratio * first:
        return Check(False, f"the final loss is above {ratio:g} times the first")
    return _ACCEPT


def _agreement_at_least(output: Any, expected: Any, options: Mapping[str, Any]) -> Check:
    out, exp = _numeric(output), _numeric(expected, "expected value")
    if out.shape != exp.shape:
        return Check(False, f"shape {out.shape}, expected {exp.shape}")
    agreement = float(np.mean(out == exp)) if exp.size else 1.0
    minimum = float(options.get("min", 0.9))
    if agreement < minimum:
        return Check(False, f"agreement with the reference is {agreement:.3f}, below {minimum:g}")
    return _ACCEPT


PROPERTIES: dict[str, Callable[[Any, Any, Mapping[str, Any]], Check]] = {
    "loss-decreases": _loss_decreases,
    "agreement-at-least": _agreement_at_least,
}


def check(checker: Checker, output: Any, expected: Any) -> Check:
    """Compare ``output`` with ``expected`` as ``checker`` says; never raises for bad output."""
    try:
        if checker.kind == CheckerKind.EXACT:
            return _exact(output, expected)
        if checker.kind == CheckerKind.PROPERTY:
            name = str(checker.options.get("property", ""))
            return PROPERTIES[name](output, expected, checker.options)
        out, exp = _prepare(output, expected)
        if checker.kind == CheckerKind.ALLCLOSE:
            return _close(out, exp, checker.rtol, checker.atol)
        if checker.kind == CheckerKind.SIGN_INVARIANT:
            return _sign_invariant(
                out, exp, checker.rtol, checker.atol, str(checker.options.get("per", "whole"))
            )
        if checker.kind == CheckerKind.PERMUTATION_INVARIANT:
            mode = str(checker.options.get("mode", "rows"))
            return _permutation_invariant(out, exp, checker.rtol, checker.atol, mode)
        return _probability(out, exp, checker.rtol, checker.atol)
    except _Reject as exc:
        return Check(False, str(exc))
