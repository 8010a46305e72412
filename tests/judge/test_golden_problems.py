"""Golden suite: for every shipped problem the reference is accepted, the starter is not, and
every plausible wrong solution is not."""

from __future__ import annotations

import pytest

from aceml.bank.collection import load_bank
from aceml.bank.models import CheckerKind, ProblemItem
from aceml.config import shipped_content_dir
from aceml.judge.expected import build_test_set
from aceml.judge.judging import assemble, build_job, limits_of
from aceml.judge.pool import JudgePool
from aceml.judge.verdicts import JudgeResult, Verdict

PROBLEMS = [item for item in load_bank([shipped_content_dir()]) if isinstance(item, ProblemItem)]


def judge(pool: JudgePool, problem: ProblemItem, code: str) -> JudgeResult:
    tests = build_test_set(problem)
    return assemble(problem, tests, pool.run(build_job(problem, code, tests), limits_of(problem)), pool.mode)


def test_the_bank_ships_problems_for_every_checker_kind() -> None:
    assert len(PROBLEMS) >= 8
    assert {problem.checker.kind for problem in PROBLEMS} == set(CheckerKind)


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_reference_is_accepted(pool: JudgePool, problem: ProblemItem) -> None:
    result = judge(pool, problem, problem.solution_code)
    assert result.verdict == Verdict.AC, [(t.index, t.verdict, t.message) for t in result.tests]
    assert result.total >= 13  # at least 3 samples and 10 hidden tests
    assert sum(t.sample for t in result.tests) >= 3


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_starter_is_not_accepted(pool: JudgePool, problem: ProblemItem) -> None:
    assert judge(pool, problem, problem.starter_code).verdict != Verdict.AC


WRONG = [(problem, name) for problem in PROBLEMS for name in problem.wrong_solutions]


@pytest.mark.parametrize(("problem", "name"), WRONG, ids=lambda v: v.id if isinstance(v, ProblemItem) else v)
def test_wrong_solution_is_not_accepted(pool: JudgePool, problem: ProblemItem, name: str) -> None:
    result = judge(pool, problem, problem.wrong_solutions[name])
    assert result.verdict != Verdict.AC


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_every_problem_has_two_wrong_solutions(problem: ProblemItem) -> None:
    assert len(problem.wrong_solutions) >= 2
