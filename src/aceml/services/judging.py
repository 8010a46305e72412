"""Judging a submission: the bank's problem, the cached expected outputs, the sandbox pool."""

from __future__ import annotations

from aceml.bank.models import DatasetItem, ProblemItem
from aceml.errors import InputError
from aceml.judge.datasets import DatasetResult, assemble_dataset, build_dataset_job, dataset_limits
from aceml.judge.judging import MAX_SOURCE_BYTES, assemble, build_job, limits_of
from aceml.judge.verdicts import JudgeResult
from aceml.services.runtime import Runtime


def _check_source(code: str) -> None:
    size = len(code.encode("utf-8", errors="surrogatepass"))
    if size > MAX_SOURCE_BYTES:
        raise InputError(f"the source is {size // 1024} KiB; the limit is {MAX_SOURCE_BYTES // 1024} KiB")
    if not code.strip():
        raise InputError("the source is empty")


def judge_dataset(*, runtime: Runtime, item_id: str, code: str) -> DatasetResult:
    """Train and predict with ``code`` in the sandbox; score on the public and private splits.

    Raises:
        ItemNotFound: no such item.
        InputError: the item is not a dataset task, or the source is empty or too large.
        ContentError: the task's prepare.py fails (an authoring fault).
    """
    task = runtime.bank.get(item_id)
    if not isinstance(task, DatasetItem):
        raise InputError(f"{item_id!r} is a {task.kind} item, not a dataset task")
    _check_source(code)
    data = runtime.dataset_data.get(task)
    raw = runtime.dataset_pool.run(build_dataset_job(code, data), dataset_limits(task))
    return assemble_dataset(task, data, raw, runtime.dataset_pool.mode, runtime.dataset_data.python)


def judge_submission(*, runtime: Runtime, item_id: str, code: str, samples_only: bool = False) -> JudgeResult:
    """Judge ``code`` against one problem's tests (only the samples if asked).

    Raises:
        ItemNotFound: no such item.
        InputError: the item is not a coding problem, or the source is empty or too large.
        ContentError: the problem's own reference solution fails (an authoring fault).
    """
    problem = runtime.bank.get(item_id)
    if not isinstance(problem, ProblemItem):
        raise InputError(f"{item_id!r} is a {problem.kind} item, not a coding problem")
    _check_source(code)
    tests = runtime.expected_cache.get(problem)
    if samples_only:
        tests = tests.only_samples()
    raw = runtime.judge_pool.run(build_job(problem, code, tests), limits_of(problem))
    return assemble(problem, tests, raw, runtime.judge_pool.mode)
