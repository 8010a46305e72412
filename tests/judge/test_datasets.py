"""Dataset tasks: the golden suite for every shipped task, and the judge's handling of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from aceml.bank.collection import load_bank
from aceml.bank.models import DatasetItem
from aceml.config import shipped_content_dir
from aceml.judge import cgroups
from aceml.judge.datasets import (
    DatasetResult,
    PreparedData,
    assemble_dataset,
    build_dataset_job,
    dataset_limits,
)
from aceml.judge.pool import JudgePool
from aceml.judge.sandbox import DATASET_MODULES, worker_factory
from aceml.judge.verdicts import Verdict
from tests.factories import write_dataset

JUDGE_PYTHON = "/usr/bin/python3"
TASKS = [item for item in load_bank([shipped_content_dir()]) if isinstance(item, DatasetItem)]


@pytest.fixture(scope="module")
def dataset_pool() -> Iterator[JudgePool]:
    judge_pool = JudgePool(worker_factory(Path(JUDGE_PYTHON), cgroups.detect(), DATASET_MODULES), size=1)
    assert judge_pool.wait_ready(timeout=60), judge_pool.start_error
    yield judge_pool
    judge_pool.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> PreparedData:
    return PreparedData(JUDGE_PYTHON, tmp_path_factory.mktemp("judge-cache"))


def judge(pool: JudgePool, data: PreparedData, task: DatasetItem, code: str) -> DatasetResult:
    splits = data.get(task)
    raw = pool.run(build_dataset_job(code, splits), dataset_limits(task))
    return assemble_dataset(task, splits, raw, pool.mode, JUDGE_PYTHON)


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t.id)
def test_reference_passes_and_naive_baseline_does_not(
    dataset_pool: JudgePool, prepared: PreparedData, task: DatasetItem
) -> None:
    reference = judge(dataset_pool, prepared, task, task.solution_code)
    assert reference.verdict == Verdict.AC, reference
    assert reference.passed_public and reference.passed_private
    baseline = judge(dataset_pool, prepared, task, task.baseline_code)
    assert baseline.verdict == Verdict.WA and not baseline.passed_private, baseline
    if task.trap_code:
        trap = judge(dataset_pool, prepared, task, task.trap_code)
        assert trap.passed_public and not trap.passed_private, trap
        assert trap.feedback and trap.feedback == task.gap_feedback
        assert trap.gap is not None and abs(trap.gap) > 0


@pytest.mark.parametrize("task", TASKS, ids=lambda t: t.id)
def test_no_test_label_enters_the_sandbox_job(prepared: PreparedData, task: DatasetItem) -> None:
    splits = prepared.get(task)
    job = build_dataset_job("def fit_predict(a, b, c):\n    return []\n", splits)
    text = json.dumps(job)
    for split in ("y_public", "y_private"):
        assert json.dumps(splits[split]) not in text
    assert set(job["training"]) == {"X_train", "y_train"}
    assert [set(test["input"]) for test in job["tests"]] == [{"X_test"}, {"X_test"}]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> DatasetItem:
    folder = write_dataset(tmp_path_factory.mktemp("content"))
    [task] = [item for item in load_bank([folder.parent]) if isinstance(item, DatasetItem)]
    return task


@pytest.mark.parametrize(
    ("code", "verdict", "message"),
    [
        (
            "def fit_predict(X_train, y_train, X_test):\n    return [1]\n",
            Verdict.WA,
            "expected 10 predictions",
        ),
        ("def fit_predict(X_train, y_train, X_test):\n    raise KeyError('x')\n", Verdict.RE, "KeyError"),
        ("def fit_predict(X_train, y_train, X_test)\n", Verdict.CE, "SyntaxError"),
        ("def fit_predict(X_train, y_train, X_test):\n    return object()\n", Verdict.WA, "predictions"),
        ("def fit_predict(X_train, y_train, X_test):\n    while True:\n        pass\n", Verdict.TLE, None),
    ],
    ids=["wrong-length", "raises", "syntax", "not-data", "loops"],
)
def test_bad_submissions_get_clear_verdicts(
    dataset_pool: JudgePool,
    prepared: PreparedData,
    tiny: DatasetItem,
    code: str,
    verdict: Verdict,
    message: str | None,
) -> None:
    result = judge(dataset_pool, prepared, tiny, code)
    assert result.verdict == verdict, result
    if message:
        assert result.message is not None and message in result.message


def test_the_frames_reach_the_candidate_as_pandas_objects(
    dataset_pool: JudgePool, prepared: PreparedData, tiny: DatasetItem
) -> None:
    code = (
        "import pandas as pd\n"
        "def fit_predict(X_train, y_train, X_test):\n"
        "    assert isinstance(X_train, pd.DataFrame) and isinstance(y_train, pd.Series)\n"
        "    assert isinstance(X_test, pd.DataFrame) and len(X_train) == 20\n"
        "    return (X_test.iloc[:, 0] > 0).astype(int).to_numpy()\n"
    )
    result = judge(dataset_pool, prepared, tiny, code)
    assert result.verdict == Verdict.AC and result.public_score == 1.0 and result.gap == 0.0, result
