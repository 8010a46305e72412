"""The pool: a dead zygote is replaced and the submission is not lost."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from aceml.judge import cgroups
from aceml.judge.pool import JudgePool
from aceml.judge.sandbox import SandboxConfig, Worker, worker_factory
from aceml.judge.verdicts import Verdict
from tests.judge.conftest import REFERENCE, run


def test_a_dead_zygote_is_respawned_and_the_submission_retried() -> None:
    workers: list[Worker] = []

    def factory() -> Worker:
        worker = worker_factory(Path("/usr/bin/python3"), cgroups.detect())()
        workers.append(worker)
        return worker

    pool = JudgePool(factory, size=1)
    try:
        assert pool.wait_ready()
        assert run(pool, REFERENCE).verdict == Verdict.AC
        os.kill(workers[0]._zygote_pid, signal.SIGKILL)  # the zygote dies between submissions
        assert run(pool, REFERENCE).verdict == Verdict.AC
        assert len(workers) == 2
    finally:
        pool.close()


def test_a_worker_that_cannot_start_gives_internal_error() -> None:
    broken = SandboxConfig(python="/nonexistent/python3", bwrap=None)
    pool = JudgePool(lambda: Worker(broken, None), size=1)
    try:
        assert not pool.wait_ready()
        result = run(pool, REFERENCE)
        assert result.verdict == Verdict.IE
        assert result.message and "sandbox" in result.message
    finally:
        pool.close()


def test_two_workers_judge_concurrently() -> None:
    pool = JudgePool(worker_factory(Path("/usr/bin/python3"), cgroups.detect()), size=2)
    try:
        assert pool.wait_ready()
        from aceml.judge.expected import build_test_set
        from aceml.judge.judging import assemble, build_job, limits_of
        from tests.judge.conftest import SUM

        tests = build_test_set(SUM)
        futures = [pool.submit(build_job(SUM, REFERENCE, tests), limits_of(SUM)) for _ in range(8)]
        verdicts = {assemble(SUM, tests, f.result(), pool.mode).verdict for f in futures}
        assert verdicts == {Verdict.AC}
    finally:
        pool.close()
