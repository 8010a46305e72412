"""Judging a submission: the bank's problem, the cached expected outputs, the sandbox pool."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aceml.bank.models import DatasetItem, ProblemItem
from aceml.errors import InputError
from aceml.judge.datasets import DatasetResult, assemble_dataset, build_dataset_job, dataset_limits
from aceml.judge.judging import MAX_SOURCE_BYTES, assemble, build_job, limits_of
from aceml.judge.runtime.frames import preview_table, table_rows
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


@dataclass(frozen=True)
class DataPreview:
    """What a candidate may see of a dataset task's data before coding: the training split."""

    columns: list[str]  # the features, then the target
    rows: list[list[Any]]
    train_rows: int
    test_rows: int  # rows to predict (public and private together; their labels stay hidden)


def dataset_preview(*, runtime: Runtime, item_id: str, rows: int = 8) -> DataPreview:
    """Return the first ``rows`` training rows (features and target) and the split sizes.

    Raises:
        ItemNotFound: no such item.
        InputError: the item is not a dataset task.
        ContentError: the task's prepare.py fails.
    """
    task = runtime.bank.get(item_id)
    if not isinstance(task, DatasetItem):
        raise InputError(f"{item_id!r} is a {task.kind} item, not a dataset task")
    data = runtime.dataset_data.get(task)
    columns, head, train_rows = preview_table(data["X_train"], rows)
    target, labels, _ = preview_table(data["y_train"], rows)
    test_rows = table_rows(data["X_public"]) + table_rows(data["X_private"])
    return DataPreview(
        [*columns, f"{target[0]} (target)"],
        [[*row, label[0]] for row, label in zip(head, labels, strict=True)],
        train_rows,
        test_rows,
    )


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


@dataclass(frozen=True)
class Judged:
    """A judged submission to a problem or dataset task, as the practice loop uses it."""

    result: dict[str, Any]  # the JudgeResult or DatasetResult as JSON data
    verdict: str
    passed_share: float  # share of tests passed (a dataset task: of its two splits)


def judge_code(*, runtime: Runtime, item_id: str, code: str, samples_only: bool = False) -> Judged:
    """Judge ``code`` against a coding problem or a dataset task, whichever ``item_id`` is.

    Raises:
        ItemNotFound: no such item.
        InputError: the item is answered in prose, or the source is empty or too large.
    """
    item = runtime.bank.get(item_id)
    if isinstance(item, ProblemItem):
        judged = judge_submission(runtime=runtime, item_id=item_id, code=code, samples_only=samples_only)
        share = judged.passed / judged.total if judged.total else 0.0
        return Judged(judged.to_dict(), judged.verdict.value, share)
    if isinstance(item, DatasetItem):
        scored = judge_dataset(runtime=runtime, item_id=item_id, code=code)
        share = (float(scored.passed_public) + float(scored.passed_private)) / 2
        return Judged({**scored.to_dict(), "passed_share": share}, scored.verdict.value, share)
    raise InputError(f"{item_id!r} is a {item.kind} item; it is answered in prose, not judged")


DATASET_STARTER = (
    "import numpy as np\nimport pandas as pd\n\n\n"
    "def fit_predict(X_train: pd.DataFrame, y_train: pd.Series, X_test: pd.DataFrame) -> np.ndarray:\n"
    '    """Train on (X_train, y_train) and return one prediction per row of X_test."""\n'
    "    raise NotImplementedError\n"
)


def starter_code(item: ProblemItem | DatasetItem) -> str:
    """Return the code a candidate starts from: the problem's starter, or a dataset task's template."""
    return item.starter_code if isinstance(item, ProblemItem) else DATASET_STARTER
