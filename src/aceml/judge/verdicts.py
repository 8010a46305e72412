"""Verdicts and results. A user program's failure is data here, never an exception."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """Outcome of one test or a whole submission."""

    AC = "AC"  # accepted
    WA = "WA"  # wrong answer
    TLE = "TLE"  # time limit exceeded (CPU or wall)
    MLE = "MLE"  # memory limit exceeded
    OLE = "OLE"  # output limit exceeded (printed or returned too much)
    RE = "RE"  # runtime error (exception, crash, forbidden operation, early exit)
    CE = "CE"  # compile error (syntax error, missing entry point)
    IE = "IE"  # internal error: the judge failed, not the submission
    SK = "SK"  # skipped: not run because an earlier test ended the run

    @property
    def label(self) -> str:
        """Return the verdict in words."""
        return _LABELS[self]


_LABELS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong answer",
    Verdict.TLE: "Time limit exceeded",
    Verdict.MLE: "Memory limit exceeded",
    Verdict.OLE: "Output limit exceeded",
    Verdict.RE: "Runtime error",
    Verdict.CE: "Compile error",
    Verdict.IE: "Internal error",
    Verdict.SK: "Skipped",
}

# As in DMOJ: the most severe verdict of any test is the submission's verdict.
PRIORITY = [Verdict.IE, Verdict.TLE, Verdict.MLE, Verdict.OLE, Verdict.RE, Verdict.WA, Verdict.AC]


def overall(verdicts: list[Verdict]) -> Verdict:
    """Return the most severe verdict (CE wins; skipped tests do not count)."""
    if Verdict.CE in verdicts:
        return Verdict.CE
    present = set(verdicts)
    for verdict in PRIORITY:
        if verdict in present:
            return verdict
    return Verdict.IE  # no test ran at all


@dataclass(frozen=True)
class TestResult:
    """The outcome of one test, as shown to the candidate."""

    __test__ = False

    index: int
    sample: bool
    verdict: Verdict
    cpu_ms: float
    wall_ms: float
    memory_kib: int
    message: str | None = None


@dataclass(frozen=True)
class JudgeResult:
    """The outcome of one submission (the JSON shape of ``aceml judge --json``)."""

    verdict: Verdict
    passed: int
    total: int
    cpu_ms: float
    wall_ms: float
    memory_kib: int
    sandbox: str
    tests: list[TestResult] = field(default_factory=list)
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        data = asdict(self)
        data["verdict"] = self.verdict.value
        for test in data["tests"]:
            test["verdict"] = test["verdict"].value
        return data
