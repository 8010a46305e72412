"""Expected outputs: computed from the reference once per content hash, then read from disk."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aceml.errors import ContentError
from aceml.judge import expected
from aceml.judge.expected import ExpectedCache, build_test_set
from tests.judge.conftest import make_problem

ARRAYS = make_problem(
    solution="import numpy as np\ndef solve(x):\n    return np.asarray(x) * 0.5\n",
    sample=[{"input": {"x": [1, 2]}}],
    hidden=[{"input": {"x": [[1, 2], [3, 4]]}}],
    checker={"kind": "allclose"},
    array_args=["x"],
)


def test_reference_outputs_and_sample_flags() -> None:
    tests = build_test_set(ARRAYS)
    assert tests.samples == [True, False]
    assert np.array_equal(tests.expected[1], np.array([[0.5, 1.0], [1.5, 2.0]]))
    assert tests.only_samples().inputs == [{"x": [1, 2]}]


def test_generator_adds_hidden_inputs() -> None:
    problem = ARRAYS.model_copy(
        update={"generator_code": "def generate(seed):\n    return [{'x': [seed % 7]}, {'x': [1.5]}]\n"}
    )
    tests = build_test_set(problem)
    assert len(tests.inputs) == 4 and tests.samples[2:] == [False, False]
    assert tests.inputs[2] == {"x": [expected.GENERATOR_SEED % 7]}


def test_a_failing_reference_is_a_content_error() -> None:
    broken = make_problem(solution="def solve(x):\n    return 1 / 0\n")
    with pytest.raises(ContentError, match="reference or generator failed"):
        build_test_set(broken)


def test_disk_cache_is_used_after_a_restart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = ExpectedCache(tmp_path).get(ARRAYS)
    assert (tmp_path / f"{ARRAYS.content_hash}.json").is_file()

    def must_not_run(_problem: object) -> None:
        raise AssertionError("the reference ran again")

    monkeypatch.setattr(expected, "build_test_set", must_not_run)
    again = ExpectedCache(tmp_path).get(ARRAYS)
    assert again.inputs == first.inputs
    assert all(np.array_equal(a, b) for a, b in zip(again.expected, first.expected, strict=True))


def test_a_damaged_cache_entry_is_recomputed(tmp_path: Path) -> None:
    (tmp_path / f"{ARRAYS.content_hash}.json").write_text("{not json")
    tests = ExpectedCache(tmp_path).get(ARRAYS)
    assert len(tests.expected) == 2
