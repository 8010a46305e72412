"""Test inputs and expected outputs of a problem, computed in the trusted process.

Expected outputs come from running the problem's reference ``solution.py`` here, never in the
sandbox, and are cached by the problem's content hash (in memory, and on disk when a cache
directory is given) so the reference runs once per version of a problem.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from aceml.bank.models import ProblemItem
from aceml.errors import ContentError
from aceml.judge.runtime import wire

GENERATOR_SEED = 20260101


@dataclass(frozen=True)
class TestSet:
    """All tests of a problem: inputs, which are samples, and the expected (decoded) outputs."""

    __test__ = False

    inputs: list[dict[str, Any]]
    samples: list[bool]
    expected: list[Any]

    def only_samples(self) -> TestSet:
        """Return the sample tests alone."""
        keep = [i for i, sample in enumerate(self.samples) if sample]
        return TestSet([self.inputs[i] for i in keep], [True] * len(keep), [self.expected[i] for i in keep])


def _load_function(code: str, name: str, filename: str) -> Any:
    namespace: dict[str, Any] = {"__name__": filename}
    exec(compile(code, filename, "exec"), namespace)  # trusted content, never user code
    return namespace[name]


def _call(function: Any, problem: ProblemItem, test_input: dict[str, Any]) -> Any:
    kwargs = {k: np.asarray(v) if k in problem.array_args else v for k, v in test_input.items()}
    return function(**kwargs)


def build_test_set(problem: ProblemItem) -> TestSet:
    """Collect the inputs (samples, hidden, generated) and run the reference on each.

    Raises:
        ContentError: the generator or the reference solution fails: a fault of the content.
    """
    inputs = [test.input for test in problem.sample_tests] + [test.input for test in problem.hidden_tests]
    samples = [True] * len(problem.sample_tests) + [False] * len(problem.hidden_tests)
    try:
        if problem.generator_code is not None:
            generate = _load_function(problem.generator_code, "generate", f"{problem.id}/generator.py")
            generated = generate(GENERATOR_SEED)
            # Round-trip through JSON so generated inputs are the same plain data as YAML ones.
            generated = json.loads(json.dumps(generated))
            inputs += generated
            samples += [False] * len(generated)
        reference = _load_function(problem.solution_code, problem.entry_point, f"{problem.id}/solution.py")
        expected = [
            wire.decode(json.loads(json.dumps(wire.encode(_call(reference, problem, x))))) for x in inputs
        ]
    except Exception as exc:  # noqa: BLE001 - any failure of trusted content is a content error
        raise ContentError(f"problem {problem.id!r}: the reference or generator failed: {exc!r}") from exc
    return TestSet(inputs, samples, expected)


class ExpectedCache:
    """Test sets by content hash, in memory and optionally on disk. Thread-safe."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._memory: dict[str, TestSet] = {}
        self._lock = threading.Lock()

    def get(self, problem: ProblemItem) -> TestSet:
        """Return the problem's test set, computing and storing it on first use."""
        key = problem.content_hash
        with self._lock:
            if key in self._memory:
                return self._memory[key]
            tests = self._read(key)
            if tests is None:
                tests = build_test_set(problem)
                self._write(key, tests)
            self._memory[key] = tests
            return tests

    def _path(self, key: str) -> Path | None:
        return self._directory / f"{key}.json" if self._directory else None

    def _read(self, key: str) -> TestSet | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            data = json.loads(path.read_text())
            return TestSet(data["inputs"], data["samples"], [wire.decode(v) for v in data["expected"]])
        except (OSError, ValueError, KeyError):
            return None  # a damaged cache entry is recomputed

    def _write(self, key: str, tests: TestSet) -> None:
        path = self._path(key)
        if path is None:
            return
        data = {
            "inputs": tests.inputs,
            "samples": tests.samples,
            "expected": [wire.encode(v) for v in tests.expected],
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(data))
            temporary.replace(path)
        except OSError:
            return  # the cache is an optimisation; judging goes on without it
