"""``aceml bench``: performance measured the same way every time, in one process and run.

The judge benchmark uses a 10-test NumPy problem whose solution takes microseconds, so the
time per submission is the judge's own overhead: building the job, the cgroup, the fork from
the warm zygote, namespaces and seccomp, the run, and the checks. It is compared with the
naive design (a fresh ``python3`` importing NumPy per submission, no sandbox) on the same job.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from concurrent.futures import Future
from typing import Any

from aceml.bank.models import DatasetItem, ProblemItem
from aceml.config import Settings
from aceml.judge import cgroups
from aceml.judge.datasets import PreparedData, assemble_dataset, build_dataset_job, dataset_limits
from aceml.judge.expected import build_test_set
from aceml.judge.judging import assemble, build_job, limits_of
from aceml.judge.pool import JudgePool
from aceml.judge.sandbox import DATASET_MODULES, RawRun, run_unsandboxed, worker_factory
from aceml.judge.verdicts import Verdict
from aceml.services.runtime import Runtime

_SOLUTION = "import numpy as np\n\ndef column_means(x):\n    return np.asarray(x).mean(axis=0)\n"


def bench_problem() -> ProblemItem:
    """Return the benchmark's problem: column means of ten small matrices, allclose checker."""
    tests = [
        {"input": {"x": [[(i * 7 + j * 3 + k) % 11 for j in range(5)] for k in range(20)]}} for i in range(10)
    ]
    return ProblemItem.model_validate(
        {
            "id": "bench-column-means",
            "title": "Column means",
            "group": "ml-from-scratch",
            "topics": ["python"],
            "stages": ["technical"],
            "competencies": ["technical-skills"],
            "difficulty": "easy",
            "entry_point": "column_means",
            "signature": "def column_means(x: np.ndarray) -> np.ndarray",
            "array_args": ["x"],
            "limits": {"cpu_s": 1, "wall_s": 3, "memory_mb": 256},
            "checker": {"kind": "allclose"},
            "statement": "Return the mean of each column.\n\n## Checking\nWithin the default tolerances.",
            "starter_code": "def column_means(x):\n    raise NotImplementedError\n",
            "solution_code": _SOLUTION,
            "sample_tests": tests[:3],
            "hidden_tests": tests[3:],
            "content_hash": "bench",
        }
    )


def percentile(samples: list[float], q: float) -> float:
    """Return the ``q`` quantile of ``samples`` (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_dataset(*, settings: Settings, task: DatasetItem, runs: int = 5) -> dict[str, Any]:
    """Wall time of judging a dataset task with its reference solution (split prepared once)."""
    data = PreparedData(str(settings.judge_python), settings.data_dir / "judge-cache")
    splits = data.get(task)
    pool = JudgePool(worker_factory(settings.judge_python, cgroups.detect(), DATASET_MODULES), size=1)
    try:
        pool.wait_ready(timeout=60.0)
        times, verdicts = [], set()
        for _ in range(runs):
            begin = time.perf_counter()
            raw = pool.run(build_dataset_job(task.solution_code, splits), dataset_limits(task))
            verdicts.add(assemble_dataset(task, splits, raw, pool.mode, data.python).verdict)
            times.append((time.perf_counter() - begin) * 1000)
    finally:
        pool.close()
    return {
        "dataset_task": task.id,
        "dataset_runs": runs,
        "dataset_p50_ms": round(statistics.median(times), 1),
        "dataset_reference_accepted": verdicts == {Verdict.AC},
    }


def bench_judge(*, settings: Settings, submissions: int = 200, baseline_runs: int = 20) -> dict[str, Any]:
    """Measure the judge and the naive baseline; return the numbers (times in ms)."""
    problem = bench_problem()
    tests = build_test_set(problem)
    job, limits = build_job(problem, _SOLUTION, tests), limits_of(problem)
    backend = cgroups.detect()
    factory = worker_factory(settings.judge_python, backend)

    def verdict(raw: RawRun, pool: JudgePool) -> Verdict:
        return assemble(problem, tests, raw, pool.mode).verdict

    single = JudgePool(factory, size=1)
    try:
        single.wait_ready()
        for _ in range(10):  # warm-up
            single.run(job, limits)
        times = []
        started = time.perf_counter()
        for _ in range(submissions):
            begin = time.perf_counter()
            raw = single.run(job, limits)
            result = assemble(problem, tests, raw, single.mode)
            times.append((time.perf_counter() - begin) * 1000)
            if result.verdict != Verdict.AC:
                raise RuntimeError(f"the benchmark solution was not accepted: {result}")
        throughput_1 = submissions / (time.perf_counter() - started)
        mode = single.mode
    finally:
        single.close()

    double = JudgePool(factory, size=2)
    try:
        double.wait_ready()
        for future in [double.submit(job, limits) for _ in range(10)]:
            future.result()
        started = time.perf_counter()
        futures: list[Future[RawRun]] = [double.submit(job, limits) for _ in range(submissions)]
        verdicts = {verdict(future.result(), double) for future in futures}
        throughput_2 = submissions / (time.perf_counter() - started)
    finally:
        double.close()

    baseline = []
    for _ in range(baseline_runs):
        begin = time.perf_counter()
        run_unsandboxed(job, sys.executable)
        baseline.append((time.perf_counter() - begin) * 1000)

    p50, baseline_p50 = statistics.median(times), statistics.median(baseline)
    return {
        "problem_tests": len(tests.inputs),
        "submissions": submissions,
        "sandbox": mode,
        "cgroups": backend.version if backend else None,
        "cpus": os.cpu_count(),
        "overhead_p50_ms": round(p50, 2),
        "overhead_p95_ms": round(percentile(times, 0.95), 2),
        "throughput_1": round(throughput_1, 1),
        "throughput_2": round(throughput_2, 1),
        "all_accepted_with_2_workers": verdicts == {Verdict.AC},
        "baseline_p50_ms": round(baseline_p50, 2),
        "speedup_vs_baseline": round(baseline_p50 / p50, 1),
    }


def bench_grader(*, runtime: Runtime, repeats: int = 50) -> dict[str, Any]:
    """Measure the grader: cold model load, warm latency for 1/3/8-sentence answers (sentences from
    the whole bank) and for 3-sentence answers on the item's topics, peak RSS."""
    import resource

    from aceml.bank.models import FreeTextItem
    from aceml.grading.embeddings import MiniLMEmbedder
    from aceml.grading.matcher import grade, item_points
    from aceml.grading.text import sentences

    embedder = MiniLMEmbedder()  # no disk cache: the first call pays the real cold costs
    item = runtime.bank.get("overfitting")
    assert isinstance(item, FreeTextItem)
    points, mistakes = item_points(item)
    pool = [
        s for other in runtime.bank if isinstance(other, FreeTextItem) for s in sentences(other.model_answer)
    ]
    started = time.perf_counter()
    grade(answer=pool[0], points=points, mistakes=mistakes, question=item.prompt, embedder=embedder)
    cold_s = time.perf_counter() - started
    report: dict[str, Any] = {
        "backend": embedder.name,
        "load_s": round(embedder.load_seconds or cold_s, 2),
        "first_grade_s": round(cold_s, 2),
    }
    for count in (1, 3, 8):
        times = []
        for index in range(repeats):
            # A fresh combination each time, so answers are never served from the vector cache.
            answer = " ".join(pool[(index * 17 + k * 31 + count) % len(pool)] for k in range(count))
            answer += f" Case {index}-{count}."
            begin = time.perf_counter()
            grade(answer=answer, points=points, mistakes=mistakes, question=item.prompt, embedder=embedder)
            times.append((time.perf_counter() - begin) * 1000)
        report[f"p50_ms_{count}"] = round(statistics.median(times), 1)
        report[f"p95_ms_{count}"] = round(percentile(times, 0.95), 1)
    # The pool above is mostly off-topic for the item; a real answer resembles its key points, and
    # any work done only for plausible evidence shows up here.
    near = [
        s
        for other in runtime.bank
        if isinstance(other, FreeTextItem) and set(other.topics) & set(item.topics)
        for s in sentences(other.model_answer)
    ]
    times = []
    for index in range(repeats):
        answer = " ".join(near[(index * 7 + k * 13) % len(near)] for k in range(3)) + f" Case {index}."
        begin = time.perf_counter()
        grade(answer=answer, points=points, mistakes=mistakes, question=item.prompt, embedder=embedder)
        times.append((time.perf_counter() - begin) * 1000)
    report["p50_ms_3_on_topic"] = round(statistics.median(times), 1)
    report["p95_ms_3_on_topic"] = round(percentile(times, 0.95), 1)
    report["p50_ms"], report["p95_ms"] = report["p50_ms_3"], report["p95_ms_3"]
    report["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return report
