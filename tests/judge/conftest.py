"""A shared warm judge pool and a tiny in-test problem for the judge's test suites."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aceml.bank.models import ProblemItem
from aceml.judge import cgroups
from aceml.judge.expected import build_test_set
from aceml.judge.judging import assemble, build_job, limits_of
from aceml.judge.pool import JudgePool
from aceml.judge.sandbox import SandboxConfig, Worker, worker_factory
from aceml.judge.verdicts import JudgeResult

SECRET = "s3cr3t-value-that-must-not-leak"

REFERENCE = "def solve(x):\n    return sum(x)\n"


def make_problem(
    *,
    solution: str = REFERENCE,
    sample: list[dict[str, Any]] | None = None,
    hidden: list[dict[str, Any]] | None = None,
    checker: dict[str, Any] | None = None,
    array_args: list[str] | None = None,
    limits: dict[str, Any] | None = None,
) -> ProblemItem:
    """Return a problem built in memory (no content files needed)."""
    return ProblemItem.model_validate(
        {
            "id": "test-problem",
            "title": "Test problem",
            "group": "coding",
            "topics": ["python"],
            "stages": ["technical"],
            "competencies": ["technical-skills"],
            "difficulty": "easy",
            "entry_point": "solve",
            "signature": "def solve(x)",
            "array_args": array_args or [],
            "limits": limits or {"cpu_s": 1, "wall_s": 2, "memory_mb": 128},
            "checker": checker or {"kind": "exact"},
            "statement": "Return the sum of x.\n\n## Checking\nExact.",
            "starter_code": "def solve(x):\n    raise NotImplementedError\n",
            "solution_code": solution,
            "sample_tests": sample or [{"input": {"x": [1, 2, 3]}}],
            "hidden_tests": hidden or [{"input": {"x": [10, 20]}}, {"input": {"x": [7]}}],
            "content_hash": str(hash((solution, repr(sample), repr(hidden), repr(checker)))),
        }
    )


SUM = make_problem()


def run(pool: JudgePool, code: str, problem: ProblemItem = SUM) -> JudgeResult:
    """Judge ``code`` on ``problem`` through ``pool``."""
    tests = build_test_set(problem)
    raw = pool.run(build_job(problem, code, tests), limits_of(problem))
    return assemble(problem, tests, raw, pool.mode)


@pytest.fixture(scope="session")
def pool() -> Iterator[JudgePool]:
    """One warm full-isolation worker for the whole session (degraded only off CI)."""
    os.environ["ACEML_SECRET_KEY"] = SECRET  # a secret the sandbox must not see
    judge_pool = JudgePool(worker_factory(Path("/usr/bin/python3"), cgroups.detect()), size=1)
    assert judge_pool.wait_ready(), judge_pool.start_error
    if os.environ.get("CI"):
        assert judge_pool.mode == "full", "CI must run the judge with full isolation"
    yield judge_pool
    judge_pool.close()


@pytest.fixture(scope="session")
def degraded_pool() -> Iterator[JudgePool]:
    """A worker without bubblewrap or cgroups: rlimits, namespaces it can make, a watchdog."""
    judge_pool = JudgePool(lambda: Worker(SandboxConfig(python=sys.executable, bwrap=None), None), size=1)
    assert judge_pool.wait_ready(), judge_pool.start_error
    yield judge_pool
    judge_pool.close()
