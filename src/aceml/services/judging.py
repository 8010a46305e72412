"""Judging a submission: the bank's problem, the cached expected outputs, the sandbox pool."""

from __future__ import annotations

from aceml.bank.models import ProblemItem
from aceml.errors import InputError
from aceml.judge.judging import MAX_SOURCE_BYTES, assemble, build_job, limits_of
from aceml.judge.verdicts import JudgeResult
from aceml.services.runtime import Runtime


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
    size = len(code.encode("utf-8", errors="surrogatepass"))
    if size > MAX_SOURCE_BYTES:
        raise InputError(f"the source is {size // 1024} KiB; the limit is {MAX_SOURCE_BYTES // 1024} KiB")
    if not code.strip():
        raise InputError("the source is empty")
    tests = runtime.expected_cache.get(problem)
    if samples_only:
        tests = tests.only_samples()
    raw = runtime.judge_pool.run(build_job(problem, code, tests), limits_of(problem))
    return assemble(problem, tests, raw, runtime.judge_pool.mode)
