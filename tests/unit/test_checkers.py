"""Checkers: the trusted comparisons, one behaviour per test."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from aceml.bank.models import PROPERTY_CHECKS, Checker
from aceml.judge.checkers import PROPERTIES, check


def checker(kind: str, **options: Any) -> Checker:
    return Checker(kind=kind, rtol=1e-6, atol=1e-9, options=options)


def test_every_declared_property_has_a_check() -> None:
    assert set(PROPERTIES) == PROPERTY_CHECKS


@pytest.mark.parametrize(
    ("output", "expected", "ok"),
    [
        ([[1, 2], [3, 4]], [[1, 2], [3, 4]], True),
        ([[1, 2], [3, 5]], [[1, 2], [3, 4]], False),
        (np.array([1, 2]), [1, 2], True),
        ([True, False], [1, 0], False),  # bools are not integers
        ([1.0, 2.0], [1, 2], False),  # floats are not integers
        (["a", "b"], ["a", "b"], True),
        ({"a": 1}, {"a": 1}, True),
        ([1, 2], [1, 2, 3], False),
    ],
)
def test_exact(output: Any, expected: Any, ok: bool) -> None:
    assert check(checker("exact"), output, expected).ok is ok


def test_allclose_tolerance_shape_family_and_nan() -> None:
    exp = np.array([[1.0, 2.0], [3.0, np.nan]])
    assert check(checker("allclose"), exp + 1e-10, exp).ok
    off = check(checker("allclose"), exp + 1e-3, exp)
    assert not off.ok and "tolerance" in off.message
    assert "shape" in check(checker("allclose"), exp.T.ravel(), exp).message
    assert not check(checker("allclose"), np.array([[1.0, 2.0], [3.0, 4.0]]), exp).ok  # NaN expected
    assert "NaN" in check(checker("allclose"), np.full(2, np.nan), np.ones(2)).message
    assert check(checker("allclose"), np.array([1, 2]), np.array([1.0, 2.0])).ok  # ints where floats expected
    assert (
        "float values, expected integer" in check(checker("allclose"), np.array([1.0]), np.array([1])).message
    )
    assert "numeric" in check(checker("allclose"), "1.0", 1.0).message
    assert "rectangular" in check(checker("allclose"), [[1.0], [1.0, 2.0]], [[1.0], [2.0]]).message


def test_sign_invariant_per_row_and_whole() -> None:
    exp = np.array([[0.6, 0.8], [0.8, -0.6]])
    flipped = exp * np.array([[1.0], [-1.0]])
    assert check(checker("sign-invariant", per="row"), flipped, exp).ok
    assert not check(checker("sign-invariant", per="whole"), flipped, exp).ok
    assert check(checker("sign-invariant", per="whole"), -exp, exp).ok
    assert check(checker("sign-invariant", per="column"), exp * np.array([1.0, -1.0]), exp).ok
    assert not check(checker("sign-invariant", per="row"), exp[::-1], exp).ok


def test_permutation_invariant_labels_and_rows() -> None:
    labels = checker("permutation-invariant", mode="labels")
    assert check(labels, np.array([2, 2, 0, 1]), np.array([0, 0, 1, 2])).ok
    assert not check(labels, np.array([0, 0, 0, 1]), np.array([0, 0, 1, 2])).ok  # merged clusters
    assert not check(labels, np.array([0, 1, 2, 3]), np.array([0, 0, 1, 2])).ok  # split cluster
    rows = checker("permutation-invariant", mode="rows")
    exp = np.array([[0.0, 0.0], [5.0, 5.0]])
    assert check(rows, exp[::-1], exp).ok
    assert not check(rows, np.array([[0.0, 0.0], [0.0, 0.0]]), exp).ok


def test_probability_vectors() -> None:
    exp = np.array([[0.2, 0.8], [0.5, 0.5]])
    probability = checker("probability")
    assert check(probability, exp.copy(), exp).ok
    assert "sum to 1" in check(probability, exp * 2, exp).message
    assert "non-negative" in check(probability, np.array([[-0.2, 1.2], [0.5, 0.5]]), exp).message


def test_property_loss_decreases() -> None:
    loss = checker("property", property="loss-decreases", max_ratio=0.2)
    expected = [10.0, 5.0, 1.0]
    assert check(loss, [9.0, 3.0, 1.5], expected).ok
    assert "rose" in check(loss, [9.0, 12.0, 1.0], expected).message
    assert "final loss" in check(loss, [9.0, 8.0, 7.0], expected).message
    assert "finite" in check(loss, [9.0, float("nan"), 1.0], expected).message
    assert "3 losses" in check(loss, [9.0, 1.0], expected).message


def test_property_agreement() -> None:
    agreement = checker("property", property="agreement-at-least", min=0.75)
    assert check(agreement, [1, 0, 1, 1], [1, 0, 1, 0]).ok
    assert not check(agreement, [0, 0, 1, 0], [1, 0, 1, 1]).ok


def test_checker_options_are_validated() -> None:
    with pytest.raises(ValueError, match="options.property"):
        checker("property", property="vibes")
    with pytest.raises(ValueError, match="options.mode"):
        checker("permutation-invariant", mode="sorted")
