"""Degraded mode (no bubblewrap, no cgroups): still judged, still limited, and labelled."""

from __future__ import annotations

from aceml.judge.pool import JudgePool
from aceml.judge.verdicts import Verdict
from tests.judge.conftest import REFERENCE, run


def test_degraded_mode_is_reported(degraded_pool: JudgePool) -> None:
    result = run(degraded_pool, REFERENCE)
    assert result.verdict == Verdict.AC
    assert result.sandbox == "degraded"


def test_degraded_cpu_limit(degraded_pool: JudgePool) -> None:
    assert run(degraded_pool, "def solve(x):\n    while True:\n        pass\n").verdict == Verdict.TLE
    assert run(degraded_pool, REFERENCE).verdict == Verdict.AC


def test_degraded_memory_watchdog(degraded_pool: JudgePool) -> None:
    code = "def solve(x):\n    chunks = []\n    while True:\n        chunks.append(bytearray(8 << 20))\n"
    assert run(degraded_pool, code).verdict == Verdict.MLE
    assert run(degraded_pool, REFERENCE).verdict == Verdict.AC


def test_degraded_still_blocks_process_creation(degraded_pool: JudgePool) -> None:
    code = "import os\ndef solve(x):\n    os.fork()\n    return sum(x)\n"
    assert run(degraded_pool, code).verdict == Verdict.RE
