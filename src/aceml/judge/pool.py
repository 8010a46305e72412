"""A pool of warm judge workers, one thread each: submit a job, await its raw run.

Each worker thread owns its sandbox (bubblewrap's --die-with-parent follows the thread that
started it). A worker whose zygote died is replaced; a worker is recycled after a number of
runs or when its zygote grows. A run that fails because the sandbox failed is retried once on
a fresh worker and otherwise ends as an internal error, so no submission is lost.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from aceml.judge.sandbox import RawRun, RunLimits, SandboxError, Worker

log = logging.getLogger(__name__)

RECYCLE_AFTER_RUNS = 500
RECYCLE_ABOVE_RSS = 400 << 20


@dataclass
class _Task:
    future: Future[RawRun]
    job: dict[str, Any]
    limits: RunLimits


class JudgePool:
    """Warm workers behind a queue. Thread-safe; close it when done."""

    def __init__(self, factory: Callable[[], Worker], *, size: int = 1) -> None:
        if size < 1:
            raise ValueError("a judge pool needs at least one worker")
        self._factory = factory
        self._tasks: queue.Queue[_Task | None] = queue.Queue()
        self._ready = threading.Event()
        self.mode = "unknown"
        self.start_error: str | None = None
        self.respawns = 0
        self._threads = [
            threading.Thread(target=self._serve, name=f"judge-{i}", daemon=True) for i in range(size)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, job: dict[str, Any], limits: RunLimits) -> Future[RawRun]:
        """Queue a job; the future resolves to its :class:`RawRun` (never raises for user code)."""
        future: Future[RawRun] = Future()
        self._tasks.put(_Task(future, job, limits))
        return future

    def run(self, job: dict[str, Any], limits: RunLimits) -> RawRun:
        """Run a job and wait for its result."""
        return self.submit(job, limits).result()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Wait until the first worker has started (or failed to); return True if it started."""
        self._ready.wait(timeout)
        return self.start_error is None and self.mode != "unknown"

    def close(self) -> None:
        """Stop every worker after the queued jobs."""
        for _ in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join(timeout=30)

    def _new_worker(self) -> Worker | None:
        try:
            worker = self._factory()
        except SandboxError as exc:
            self.start_error = str(exc)
            return None
        finally:
            self._ready.set()
        self.mode = worker.mode
        return worker

    def _serve(self) -> None:
        worker = self._new_worker()
        while (task := self._tasks.get()) is not None:
            if not task.future.set_running_or_notify_cancel():
                continue
            result: RawRun | None = None
            error = "the judge could not start"
            for _attempt in range(2):
                if worker is not None and (
                    not worker.alive()
                    or worker.runs >= RECYCLE_AFTER_RUNS
                    or worker.zygote_rss_bytes() > RECYCLE_ABOVE_RSS
                ):
                    worker.stop()
                    worker = None
                if worker is None:
                    self.respawns += 1
                    worker = self._new_worker()
                    if worker is None:
                        error = self.start_error or error
                        continue
                try:
                    result = worker.run(task.job, task.limits)
                    break
                except SandboxError as exc:
                    error = str(exc)
                    worker.stop()
                    worker = None
                except Exception as exc:  # noqa: BLE001 - a judge bug must end as IE, not hang the caller
                    log.exception("judge worker failed")
                    error = f"internal error: {exc!r}"
                    worker.stop()
                    worker = None
            task.future.set_result(result or RawRun(records=[], internal_error=error))
        if worker is not None:
            worker.stop()
