"""Judging a dataset task: train on the training split, score on the public and private splits.

The trusted side makes the split once per version of a task (``prepare.py`` on the judge
Python, cached by content hash) and scores predictions (``score.py``). The sandboxed child gets
the training features and labels and the test features only; test labels never enter it. The
candidate sees both scores and the gap between them: passing the public split but not the
private one is what a leak or an overfit to the public split looks like.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from aceml.bank.models import DatasetItem
from aceml.errors import ContentError
from aceml.judge.runtime import wire
from aceml.judge.sandbox import RawRun, RunLimits, SandboxError, TestRecord, run_trusted
from aceml.judge.verdicts import Verdict

SPLITS = ("public", "private")


class PreparedData:
    """Each task's encoded splits, prepared on first use and cached in memory and on disk."""

    def __init__(self, python: str, cache_dir: Path | None = None) -> None:
        self.python = python
        self.cache_dir = cache_dir
        self._memory: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def get(self, task: DatasetItem) -> dict[str, Any]:
        """Return the task's splits (``X_train``, ``y_train``, ``X_public``, ... as encoded tables).

        Raises:
            ContentError: prepare.py failed: a fault of the content (or of the judge Python).
        """
        key = f"{task.id}-{task.content_hash[:16]}"
        with self._lock:
            if key in self._memory:
                return self._memory[key]
            path = self.cache_dir / f"dataset-{key}.json" if self.cache_dir is not None else None
            if path is not None and path.is_file():
                try:
                    data: dict[str, Any] = json.loads(path.read_text())
                    self._memory[key] = data
                    return data
                except (OSError, ValueError):
                    pass  # a damaged cache file is rebuilt
            try:
                data = run_trusted(
                    "dataset_trusted.py",
                    {"op": "prepare", "code": task.prepare_code, "seed": task.seed},
                    self.python,
                )
            except SandboxError as exc:
                raise ContentError(f"{task.id}: preparing the data failed: {exc}") from exc
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary = path.with_suffix(".tmp")
                temporary.write_text(json.dumps(data))
                temporary.replace(path)
            self._memory[key] = data
            return data


def build_dataset_job(code: str, data: dict[str, Any]) -> dict[str, Any]:
    """Return the sandbox job: training features and labels, and test features only."""
    return {
        "code": code,
        "entry_point": "fit_predict",
        "training": {"X_train": data["X_train"], "y_train": data["y_train"]},
        "tests": [{"input": {"X_test": data[f"X_{split}"]}} for split in SPLITS],
    }


def dataset_limits(task: DatasetItem) -> RunLimits:
    """Return the task's limits (per split: each split trains and predicts once)."""
    return RunLimits(cpu_s=task.limits.cpu_s, wall_s=task.limits.wall_s, memory_mb=task.limits.memory_mb)


@dataclass(frozen=True)
class DatasetResult:
    """The outcome of one dataset submission (the JSON shape of ``aceml judge --json``)."""

    task: str
    verdict: Verdict
    metric: str
    threshold: float
    greater_is_better: bool
    public_score: float | None
    private_score: float | None
    gap: float | None
    passed_public: bool
    passed_private: bool
    cpu_ms: float
    wall_ms: float
    memory_kib: int
    sandbox: str
    message: str | None = None
    feedback: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        data = asdict(self)
        data["verdict"] = self.verdict.value
        return data


def _predictions(record: TestRecord, raw: RawRun) -> tuple[Any, Verdict | None, str | None]:
    """Return (encoded predictions, failure verdict, failure message) for one split."""
    message = record.message
    if message is None:
        return None, Verdict(raw.fatal) if raw.fatal else Verdict.RE, raw.fatal_message
    if message["t"] == "error":
        if message.get("memory"):
            return None, Verdict.MLE, "MemoryError"
        if message.get("encode"):
            return None, Verdict.WA, str(message.get("message"))
        return None, Verdict.RE, str(message.get("message", message.get("type", "Exception")))
    value = message.get("value")
    try:
        decoded = wire.decode(value)
    except (ValueError, KeyError, TypeError):
        return None, Verdict.WA, "the predictions could not be read"
    # Re-encode what was decoded: the scorer only ever sees plain arrays and labels.
    return (wire.encode(decoded) if not isinstance(decoded, list) else decoded), None, None


def assemble_dataset(
    task: DatasetItem, data: dict[str, Any], raw: RawRun, sandbox: str, python: str
) -> DatasetResult:
    """Score the run's predictions on both splits and decide the verdict."""

    def result(verdict: Verdict, message: str | None = None, **scores: Any) -> DatasetResult:
        return DatasetResult(
            task=task.id,
            verdict=verdict,
            metric=task.metric,
            threshold=task.threshold,
            greater_is_better=task.greater_is_better,
            public_score=scores.get("public"),
            private_score=scores.get("private"),
            gap=scores.get("gap"),
            passed_public=scores.get("passed_public", False),
            passed_private=scores.get("passed_private", False),
            cpu_ms=round(sum(r.cpu_ms for r in raw.records), 3),
            wall_ms=round(sum(r.wall_ms for r in raw.records), 3),
            memory_kib=raw.peak_memory_kib,
            sandbox=sandbox,
            message=message,
            feedback=scores.get("feedback"),
        )

    if raw.internal_error is not None:
        return result(Verdict.IE, raw.internal_error)
    if raw.compile_error is not None:
        return result(Verdict.CE, raw.compile_error)
    requests = []
    for index, split in enumerate(SPLITS):
        if index >= len(raw.records):
            return result(Verdict(raw.fatal) if raw.fatal else Verdict.RE, raw.fatal_message)
        predictions, failure, message = _predictions(raw.records[index], raw)
        if failure is not None:
            return result(failure, f"on the {split} split: {message}")
        requests.append({"y_true": data[f"y_{split}"], "X": data[f"X_{split}"], "predictions": predictions})
    try:
        outcomes = run_trusted(
            "dataset_trusted.py", {"op": "score", "code": task.score_code, "splits": requests}, python
        )
    except SandboxError as exc:
        return result(Verdict.IE, f"scoring failed: {exc}")
    scores: dict[str, float] = {}
    for split, outcome in zip(SPLITS, outcomes, strict=True):
        if "error" in outcome:
            return result(Verdict.WA, f"on the {split} split: {outcome['error']}")
        scores[split] = float(outcome["score"])
    public, private = scores["public"], scores["private"]
    passed_public, passed_private = task.passes(public), task.passes(private)
    feedback = task.gap_feedback if passed_public and not passed_private else None
    return result(
        Verdict.AC if passed_public and passed_private else Verdict.WA,
        None,
        public=round(public, 6),
        private=round(private, 6),
        gap=round(public - private, 6),
        passed_public=passed_public,
        passed_private=passed_private,
        feedback=feedback,
    )
