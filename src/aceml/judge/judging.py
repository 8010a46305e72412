"""Turn a raw run into verdicts: the submission's outputs against the expected ones."""

from __future__ import annotations

from typing import Any

from aceml.bank.models import ProblemItem
from aceml.judge.checkers import check
from aceml.judge.expected import TestSet
from aceml.judge.runtime import wire
from aceml.judge.sandbox import RawRun, RunLimits, TestRecord
from aceml.judge.verdicts import JudgeResult, TestResult, Verdict, overall

MAX_SOURCE_BYTES = 64 * 1024


def build_job(problem: ProblemItem, code: str, tests: TestSet) -> dict[str, Any]:
    """Return the job sent into the sandbox: the code and the inputs, never expected outputs."""
    return {
        "code": code,
        "entry_point": problem.entry_point,
        "array_args": list(problem.array_args),
        "tests": [{"input": test_input} for test_input in tests.inputs],
    }


def limits_of(problem: ProblemItem) -> RunLimits:
    """Return the problem's per-test limits."""
    return RunLimits(
        cpu_s=problem.limits.cpu_s, wall_s=problem.limits.wall_s, memory_mb=problem.limits.memory_mb
    )


def _verdict_of(
    problem: ProblemItem, record: TestRecord, expected: Any, raw: RawRun
) -> tuple[Verdict, str | None, str | None]:
    """Return (verdict, message for a sample test, message for a hidden test)."""
    message = record.message
    if message is None:
        verdict = Verdict(raw.fatal) if raw.fatal else Verdict.RE
        text = raw.fatal_message
        return verdict, text, text  # judge-written text: it carries no test data
    if message["t"] == "error":
        if message.get("memory"):
            return Verdict.MLE, "MemoryError", "MemoryError"
        if message.get("encode"):
            return Verdict.WA, str(message.get("message")), None
        kind = str(message.get("type", "Exception"))
        return Verdict.RE, str(message.get("message", kind)), kind
    try:
        output = wire.decode(message.get("value"))
    except (ValueError, KeyError, TypeError):
        return Verdict.WA, "the returned value could not be read", None
    outcome = check(problem.checker, output, expected)
    if outcome.ok:
        return Verdict.AC, None, None
    return Verdict.WA, outcome.message, None


def assemble(problem: ProblemItem, tests: TestSet, raw: RawRun, sandbox: str) -> JudgeResult:
    """Return the verdict of every test and of the submission."""
    total = len(tests.inputs)
    if raw.internal_error is not None:
        return JudgeResult(Verdict.IE, 0, total, 0.0, 0.0, 0, sandbox, [], raw.internal_error)
    if raw.compile_error is not None:
        results = [TestResult(i, tests.samples[i], Verdict.CE, 0.0, 0.0, 0, None) for i in range(total)]
        return JudgeResult(Verdict.CE, 0, total, 0.0, 0.0, 0, sandbox, results, raw.compile_error)
    results = []
    for index in range(total):
        sample = tests.samples[index]
        if index >= len(raw.records):
            results.append(TestResult(index, sample, Verdict.SK, 0.0, 0.0, 0, "not run"))
            continue
        record = raw.records[index]
        verdict, sample_text, hidden_text = _verdict_of(problem, record, tests.expected[index], raw)
        results.append(
            TestResult(
                index, sample, verdict, record.cpu_ms, record.wall_ms, record.memory_kib,
                sample_text if sample else hidden_text,
            )
        )  # fmt: skip
    verdicts = [result.verdict for result in results]
    if raw.fatal and len(raw.records) == total and all(r.message is not None for r in raw.records):
        verdicts.append(Verdict(raw.fatal))  # e.g. a flood of output after the last test
    final = overall(verdicts)
    return JudgeResult(
        verdict=final,
        passed=sum(1 for result in results if result.verdict == Verdict.AC),
        total=total,
        cpu_ms=round(sum(result.cpu_ms for result in results), 3),
        wall_ms=round(sum(result.wall_ms for result in results), 3),
        memory_kib=raw.peak_memory_kib,
        sandbox=sandbox,
        tests=results,
        message=raw.fatal_message if final == Verdict(raw.fatal or "AC") and raw.fatal else None,
    )
