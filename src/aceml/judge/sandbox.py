"""The sandbox: the ONLY module of aceml that starts processes.

A :class:`Worker` owns one bubblewrap sandbox holding a warm zygote (``runtime/zygote.py``,
NumPy imported, ``OPENBLAS_NUM_THREADS=1``). For each submission it creates a cgroup, asks the
zygote to fork a child, moves the child into the cgroup, feeds it the job, and watches CPU,
wall time, memory and output until the child finishes or is killed. What happened is returned
as data (:class:`RawRun`); :mod:`aceml.judge.judging` turns it into verdicts.

Without bubblewrap or writable cgroups the worker runs *degraded*: the zygote runs directly,
each child still makes the namespaces it can, sets rlimits and loads seccomp where available,
and the supervisor watches CPU and memory through ``/proc`` and kills on excess.
"""

from __future__ import annotations

import json
import math
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from aceml.errors import AcemlError
from aceml.judge.cgroups import CgroupBackend, RunCgroup

RUNTIME_DIR = Path(__file__).resolve().parent / "runtime"
INSIDE_DIR = "/judge"
POLL_S = 0.02
_CLK_TCK = os.sysconf("SC_CLK_TCK")


class SandboxError(AcemlError):
    """The sandbox itself failed (an infrastructure fault, reported as IE)."""


@dataclass(frozen=True)
class SandboxConfig:
    """How workers are built. Sizes are per run."""

    python: str = "/usr/bin/python3"
    bwrap: str | None = field(default_factory=lambda: shutil.which("bwrap"))
    tmp_mb: int = 16
    stack_mb: int = 64
    fsize_mb: int = 16
    pids: int = 32
    stdout_cap: int = 1 << 20
    result_cap: int = 16 << 20
    uid: int = 65534
    start_timeout_s: float = 20.0
    preload: tuple[str, ...] = ()  # modules the zygote imports before forking (dataset workers)


@dataclass(frozen=True)
class RunLimits:
    """Per-test limits of one run."""

    cpu_s: float
    wall_s: float
    memory_mb: int


@dataclass
class TestRecord:
    """What the supervisor saw of one test."""

    __test__ = False

    index: int
    message: dict[str, Any] | None = None
    cpu_ms: float = 0.0
    wall_ms: float = 0.0
    memory_kib: int = 0


@dataclass
class RawRun:
    """Everything observed during one run, before any verdict is given."""

    records: list[TestRecord]
    compile_error: str | None = None
    fatal: str | None = None  # TLE / MLE / OLE / RE: the run ended during the last record
    fatal_message: str | None = None
    finished: bool = False
    peak_memory_kib: int = 0
    stdout_bytes: int = 0
    internal_error: str | None = None


def _read_ints(path: str) -> list[int]:
    try:
        with open(path) as handle:
            return [int(part) for part in handle.read().split()]
    except (OSError, ValueError):
        return []


def _nspids(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("NSpid:"):
                    return [int(part) for part in line.split()[1:]]
    except OSError:
        pass
    return []


def _children(pid: int) -> list[int]:
    return _read_ints(f"/proc/{pid}/task/{pid}/children")


def _proc_cpu_ns(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1_000_000_000 // _CLK_TCK
    except (OSError, IndexError, ValueError):
        return 0


def _proc_rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _bwrap_command(config: SandboxConfig, control_fd: int) -> list[str]:
    command = [
        config.bwrap or "bwrap",
        "--unshare-all",  # user, ipc, pid, net (empty), uts, cgroup namespaces
        "--die-with-parent",
        "--new-session",
        "--cap-drop", "ALL",
        "--clearenv",
        "--uid", str(config.uid),
        "--gid", str(config.uid),
        "--hostname", "judge",
        "--ro-bind", "/usr", "/usr",
    ]  # fmt: skip
    for name in ("bin", "lib", "lib64", "lib32", "sbin"):
        path = Path("/") / name
        if path.is_symlink():
            command += ["--symlink", os.readlink(path), f"/{name}"]
        elif path.is_dir():
            command += ["--ro-bind", str(path), f"/{name}"]
    for extra in ("/etc/alternatives", "/etc/ld.so.cache"):  # how libblas is found on Debian
        if os.path.exists(extra):
            command += ["--ro-bind", extra, extra]
    command += [
        "--ro-bind", str(RUNTIME_DIR), INSIDE_DIR,
        "--proc", "/proc",
        "--dev", "/dev",
        "--tmpfs", "/tmp",
        "--chdir", "/tmp",
        "--setenv", "PATH", "/usr/bin",
        "--setenv", "LANG", "C.UTF-8",
        "--setenv", "OPENBLAS_NUM_THREADS", "1",
        "--setenv", "OMP_NUM_THREADS", "1",
        "--setenv", "MKL_NUM_THREADS", "1",
        config.python, "-I", "-B", f"{INSIDE_DIR}/zygote.py", str(control_fd), ",".join(config.preload),
    ]  # fmt: skip
    return command


class Worker:
    """One warm sandbox; runs one submission at a time. Not thread-safe: one owner thread."""

    def __init__(self, config: SandboxConfig, cgroups: CgroupBackend | None) -> None:
        self.config = config
        self.cgroups = cgroups
        self.mode = "full" if (config.bwrap and cgroups is not None) else "degraded"
        self.runs = 0
        self.info: dict[str, Any] = {}
        self._process: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None
        self._stderr: IO[bytes] | None = None
        self._zygote_pid = 0
        self.start()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the sandbox and wait for the zygote to report ready.

        Raises:
            SandboxError: the zygote did not start (its stderr is in the message).
        """
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._stderr = tempfile.TemporaryFile()
        if self.mode == "full":
            command = _bwrap_command(self.config, child.fileno())
            env = None
        else:
            command = [
                self.config.python,
                "-I",
                "-B",
                str(RUNTIME_DIR / "zygote.py"),
                str(child.fileno()),
                ",".join(self.config.preload),
            ]
            env = {
                "PATH": "/usr/bin:/bin",
                "LANG": "C.UTF-8",
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
            }
        try:
            self._process = subprocess.Popen(
                command,
                pass_fds=[child.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._stderr,
                env=env,
                start_new_session=self.mode == "degraded",
            )
        except OSError as exc:
            parent.close()
            self.stop()
            raise SandboxError(f"cannot start the judge sandbox: {exc}") from exc
        finally:
            child.close()
        parent.settimeout(self.config.start_timeout_s)
        try:
            ready = json.loads(parent.recv(65536) or b"{}")
        except (TimeoutError, OSError, ValueError):
            ready = {}
        if not ready.get("ready"):
            parent.close()
            self.stop()
            raise SandboxError(f"the judge sandbox did not start: {self._stderr_text()}")
        parent.settimeout(None)
        self._control = parent
        self.info = ready
        self._zygote_pid = self._find_zygote(int(ready["pid"]))

    def _find_zygote(self, inner_pid: int) -> int:
        assert self._process is not None
        if self.mode == "degraded":
            return self._process.pid
        frontier = [self._process.pid]
        for _ in range(4):  # bwrap -> bwrap (pid 1 inside) -> zygote
            next_frontier = []
            for pid in frontier:
                for child in _children(pid):
                    nspids = _nspids(child)
                    if len(nspids) > 1 and nspids[-1] == inner_pid:
                        return child
                    next_frontier.append(child)
            frontier = next_frontier
        self.stop()
        raise SandboxError("cannot find the zygote process inside the sandbox")

    def _stderr_text(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        return self._stderr.read()[-2000:].decode(errors="replace").strip()

    def alive(self) -> bool:
        """Return True if the zygote is still running."""
        return self._process is not None and self._process.poll() is None

    def zygote_rss_bytes(self) -> int:
        """Return the zygote's resident memory (for recycling a worker that grows)."""
        return _proc_rss_bytes(self._zygote_pid)

    def stop(self) -> None:
        """Stop the sandbox and release its resources."""
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            self._process = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    # -- one run -----------------------------------------------------------------------------

    def run(self, job: dict[str, Any], limits: RunLimits) -> RawRun:
        """Run one submission; return what was observed.

        Raises:
            SandboxError: the sandbox failed (the caller may retry on a fresh worker).
        """
        if self._control is None or not self.alive():
            raise SandboxError("the judge worker is not running")
        self.runs += 1
        tests = len(job["tests"])
        cgroup = None
        if self.cgroups is not None:
            try:
                cgroup = self.cgroups.create(memory_bytes=limits.memory_mb << 20, pids=self.config.pids)
            except OSError as exc:
                raise SandboxError(f"cannot create a cgroup: {exc}") from exc
        try:
            return _Supervision(self, job, limits, tests, cgroup).run()
        finally:
            if cgroup is not None:
                cgroup.kill()  # a no-op after a clean run; after a failure nothing may linger
                cgroup.remove()

    def fork_child(self, config: dict[str, Any], fds: list[int]) -> int:
        """Ask the zygote to fork a child with ``fds``; return the child's host pid."""
        assert self._control is not None
        try:
            socket.send_fds(self._control, [json.dumps(config).encode()], fds)
        except OSError as exc:
            raise SandboxError(f"the judge zygote is gone: {exc}") from exc
        reply = self.receive()
        inner = int(reply["child"])
        if self.mode == "degraded":
            return inner
        for child in _children(self._zygote_pid):
            nspids = _nspids(child)
            if nspids and nspids[-1] == inner:
                return child
        return 0  # the child already exited; its status follows

    def receive(self) -> dict[str, Any]:
        """Read one message from the zygote.

        Raises:
            SandboxError: the zygote died.
        """
        assert self._control is not None
        try:
            data = self._control.recv(65536)
        except OSError as exc:
            raise SandboxError(f"the judge zygote is gone: {exc}") from exc
        if not data:
            raise SandboxError(f"the judge zygote died: {self._stderr_text()}")
        message: dict[str, Any] = json.loads(data)
        return message

    @property
    def control(self) -> socket.socket:
        """The control socket (for the supervision loop's selector)."""
        assert self._control is not None
        return self._control


class _Supervision:
    """The event loop of one run: feed the job, read results, enforce limits."""

    def __init__(
        self, worker: Worker, job: dict[str, Any], limits: RunLimits, tests: int, cgroup: RunCgroup | None
    ) -> None:
        self.worker = worker
        self.config = worker.config
        self.limits = limits
        self.cgroup = cgroup
        self.job = json.dumps(job).encode()
        self.raw = RawRun(records=[])
        self.tests = tests
        self.pid = 0
        self.status: int | None = None
        self.killed = False
        self.result_bytes = 0
        self.buffer = bytearray()
        self.test_started_cpu = 0
        self.test_started_wall = 0.0
        self.baseline_rss = 0
        self.peak_rss = 0
        self.sandboxed = False
        self.open_fds: set[int] = set()

    def cpu_ns(self) -> int:
        if self.cgroup is not None:
            try:
                return self.cgroup.cpu_ns()
            except OSError:
                return 0
        return _proc_cpu_ns(self.pid)

    def memory_bytes(self) -> int:
        if self.cgroup is not None:
            try:
                return self.cgroup.memory_peak()
            except OSError:
                return 0
        return max(0, self.peak_rss - self.baseline_rss)

    def kill(self, verdict: str, message: str) -> None:
        if self.killed:
            return
        self.killed = True
        if self.raw.fatal is None:
            self.raw.fatal, self.raw.fatal_message = verdict, message
        if self.cgroup is not None:
            self.cgroup.kill()
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def run(self) -> RawRun:
        job_r, job_w = os.pipe()
        result_r, result_w = os.pipe()
        out_r, out_w = os.pipe()
        cpu_backstop = math.ceil(self.limits.cpu_s * max(self.tests, 1) + 2)
        fork_config = {
            "tmp_mb": self.config.tmp_mb,
            "stack_mb": self.config.stack_mb,
            "fsize_mb": self.config.fsize_mb,
            "cpu_backstop_s": cpu_backstop,
            "isolate": "required" if self.worker.mode == "full" else "try",
        }
        selector = selectors.DefaultSelector()
        self.open_fds = {job_w, result_r, out_r}
        try:
            try:
                self.pid = self.worker.fork_child(fork_config, [job_r, result_w, out_w])
            finally:
                for fd in (job_r, result_w, out_w):
                    os.close(fd)
            if self.pid and self.cgroup is not None:
                try:
                    self.cgroup.add(self.pid)
                except OSError:
                    self.pid = 0  # the child is gone already; its status explains why
            if self.pid:
                self.baseline_rss = _proc_rss_bytes(self.pid)
            self._loop(selector, job_w, result_r, out_r)
        finally:
            selector.close()
            for fd in list(self.open_fds):
                self._close(fd)
        if not self.sandboxed and not self.killed:
            raise SandboxError(f"the sandbox could not be set up for the run (wait status {self.status})")
        self.raw.peak_memory_kib = self.memory_bytes() // 1024
        if self.cgroup is not None and self.raw.fatal is None and self._oom():
            self.raw.fatal, self.raw.fatal_message = "MLE", "memory limit exceeded"
        self._explain_exit()
        return self.raw

    def _close(self, fd: int) -> None:
        # Close each fd exactly once: a second close could hit a number another thread reuses.
        if fd in self.open_fds:
            self.open_fds.discard(fd)
            os.close(fd)

    def _oom(self) -> bool:
        assert self.cgroup is not None
        try:
            return self.cgroup.oom_killed()
        except OSError:
            return False

    def _loop(self, selector: selectors.BaseSelector, job_w: int, result_r: int, out_r: int) -> None:
        os.set_blocking(job_w, False)
        pending = memoryview(self.job)
        selector.register(job_w, selectors.EVENT_WRITE, "job")
        selector.register(result_r, selectors.EVENT_READ, "result")
        selector.register(out_r, selectors.EVENT_READ, "out")
        selector.register(self.worker.control, selectors.EVENT_READ, "control")
        open_pipes = {"result", "out"}
        self.test_started_wall = time.monotonic()
        self.test_started_cpu = self.cpu_ns()
        run_deadline = self.test_started_wall + self.limits.wall_s * max(self.tests, 1) + 10
        while self.status is None or open_pipes:
            for key, _mask in selector.select(POLL_S):
                if key.data == "job":
                    try:
                        pending = pending[os.write(job_w, pending[: 1 << 16]) :]
                    except BlockingIOError:
                        continue
                    except BrokenPipeError:  # the child is gone; its status says why
                        pending = pending[len(pending) :]
                    if not pending:
                        selector.unregister(job_w)
                        self._close(job_w)
                elif key.data == "result":
                    chunk = os.read(result_r, 1 << 16)
                    if not chunk:
                        selector.unregister(result_r)
                        open_pipes.discard("result")
                    else:
                        self._on_results(chunk)
                elif key.data == "out":
                    chunk = os.read(out_r, 1 << 16)
                    if not chunk:
                        selector.unregister(out_r)
                        open_pipes.discard("out")
                    else:
                        self.raw.stdout_bytes += len(chunk)
                        if self.raw.stdout_bytes > self.config.stdout_cap:
                            self.kill("OLE", f"printed more than {self.config.stdout_cap // 1024} KiB")
                elif key.data == "control":
                    self.status = int(self.worker.receive()["status"])
                    selector.unregister(self.worker.control)
            self._enforce(run_deadline)

    def _enforce(self, run_deadline: float) -> None:
        if self.status is not None or self.killed:
            return
        now = time.monotonic()
        if self.cgroup is None and self.pid:
            self.peak_rss = max(self.peak_rss, _proc_rss_bytes(self.pid))
            if self.memory_bytes() > self.limits.memory_mb << 20:
                self.kill("MLE", "memory limit exceeded")
                return
        if self.raw.finished:
            return
        cpu = (self.cpu_ns() - self.test_started_cpu) / 1e9
        if cpu > self.limits.cpu_s:
            self.kill("TLE", f"CPU time limit of {self.limits.cpu_s:g} s exceeded")
        elif now - self.test_started_wall > self.limits.wall_s or now > run_deadline:
            self.kill("TLE", f"wall time limit of {self.limits.wall_s:g} s exceeded")

    def _on_results(self, chunk: bytes) -> None:
        self.result_bytes += len(chunk)
        if self.result_bytes > self.config.result_cap:
            self.kill("OLE", f"returned more than {self.config.result_cap >> 20} MiB of data")
            return
        # A bytearray and a search limited to the new chunk keep a huge line linear, not quadratic.
        start = len(self.buffer)
        self.buffer += chunk
        if b"\n" not in chunk:
            return
        end = self.buffer.rfind(b"\n", start) + 1
        lines = bytes(self.buffer[: end - 1]).split(b"\n")
        del self.buffer[:end]
        for line in lines:
            try:
                message = json.loads(line)
                kind = message["t"]
            except (ValueError, KeyError, TypeError):
                self.kill("RE", "the program wrote to the judge's result channel")
                return
            if not self._accept(kind, message):
                self.kill("RE", "the program tampered with the judge's result channel")
                return

    def _accept(self, kind: str, message: dict[str, Any]) -> bool:
        index = len(self.raw.records)
        now, cpu = time.monotonic(), self.cpu_ns()
        if kind == "sandboxed":
            if self.sandboxed:
                return False
            self.sandboxed = True
            return True
        if not self.sandboxed:
            return False
        if kind == "start":
            if message.get("i") != index or index >= self.tests:
                return False
            if index == 0:
                return True  # test 0's clock started when the job was sent (module code counts)
            self.test_started_wall, self.test_started_cpu = now, cpu
            return True
        if kind in ("ok", "error"):
            if message.get("i") != index:
                return False
            record = TestRecord(
                index=index,
                message=message,
                cpu_ms=round((cpu - self.test_started_cpu) / 1e6, 3),
                wall_ms=round((now - self.test_started_wall) * 1000, 3),
                memory_kib=self.memory_bytes() // 1024,
            )
            self.raw.records.append(record)
            self.test_started_wall, self.test_started_cpu = now, cpu
            return True
        if kind == "ole" and message.get("i") == index:
            self.kill("OLE", f"returned more than {self.config.result_cap >> 20} MiB of data")
            return True
        if kind == "ce" and index == 0:
            self.raw.compile_error = str(message.get("message", ""))[:2000]
            self.raw.finished = True
            return True
        if kind == "done" and index == self.tests:
            self.raw.finished = True
            return True
        return False

    def _explain_exit(self) -> None:
        """Record why the run ended early, if it did and no limit explains it already."""
        if self.raw.fatal is not None or self.raw.finished or self.status is None:
            if self.raw.fatal is not None:
                self._record_running_test()
            return
        status = self.status
        if os.WIFSIGNALED(status):
            number = os.WTERMSIG(status)
            if number == signal.SIGXCPU:
                self.raw.fatal, self.raw.fatal_message = "TLE", "CPU time limit exceeded"
            else:
                name = (
                    signal.Signals(number).name
                    if number in signal.Signals._value2member_map_
                    else str(number)
                )
                self.raw.fatal, self.raw.fatal_message = "RE", f"killed by signal {name}"
        else:
            code = os.WEXITSTATUS(status)
            self.raw.fatal, self.raw.fatal_message = (
                "RE",
                f"the program exited (status {code}) before returning",
            )
        self._record_running_test()

    def _record_running_test(self) -> None:
        if len(self.raw.records) < self.tests:
            now = time.monotonic()
            self.raw.records.append(
                TestRecord(
                    index=len(self.raw.records),
                    message=None,
                    cpu_ms=round((self.cpu_ns() - self.test_started_cpu) / 1e6, 3) if self.cgroup else 0.0,
                    wall_ms=round((now - self.test_started_wall) * 1000, 3),
                    memory_kib=self.raw.peak_memory_kib,
                )
            )


def run_unsandboxed(job: dict[str, Any], python: str) -> list[dict[str, Any]]:
    """Run a job the naive way: a fresh Python importing NumPy, no sandbox, no limits.

    Only the benchmark uses this, as the baseline the zygote design is measured against.
    """
    result_r, result_w = os.pipe()
    script = (
        f"import sys; sys.path.insert(0, {str(RUNTIME_DIR)!r}); import harness; harness.run(0, {result_w})"
    )
    with os.fdopen(result_r, "rb") as results:
        try:
            process = subprocess.Popen(
                [python, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, pass_fds=[result_w]
            )
        finally:
            os.close(result_w)
        with process:
            assert process.stdin is not None
            process.stdin.write(json.dumps(job).encode())
            process.stdin.close()
            lines = results.read().splitlines()
    return [json.loads(line) for line in lines]


DATASET_MODULES = ("pandas", "sklearn")


def worker_factory(
    python: Path, cgroups: CgroupBackend | None, preload: tuple[str, ...] = ()
) -> Callable[[], Worker]:
    """Return a function that starts the best worker this machine allows.

    Full isolation needs bubblewrap, writable cgroups and a judge Python with NumPy (Debian's
    python3-numpy and python3-seccomp); otherwise the worker runs degraded on this Python.
    ``preload`` names modules the zygote imports up front (pandas and scikit-learn for dataset
    tasks, from Debian's python3-pandas and python3-sklearn); the degraded fallback runs on
    this Python, which must then have them too.
    """

    def start() -> Worker:
        config = SandboxConfig(python=str(python), preload=preload)
        if config.bwrap and cgroups is not None and python.is_file():
            try:
                return Worker(config, cgroups)
            except SandboxError:
                pass  # e.g. no python3-numpy for the judge Python: fall back, loudly, below
        return Worker(SandboxConfig(python=sys.executable, bwrap=None, preload=preload), cgroups)

    return start


def run_trusted(script: str, payload: dict[str, Any], python: str, timeout_s: float = 300.0) -> Any:
    """Run trusted content code (a dataset task's ``prepare`` or ``score``) on ``python``.

    ``script`` is a file in the runtime directory; it reads ``payload`` as JSON on stdin and
    writes one JSON value on stdout. Content code is ours, not a candidate's, so it runs
    outside the sandbox, on the judge Python whose pandas and scikit-learn the sandbox uses.

    Raises:
        SandboxError: the script failed (its last error line is in the message) or timed out.
    """
    try:
        done = subprocess.run(
            [python, "-I", "-B", str(RUNTIME_DIR / script)],
            input=json.dumps(payload).encode(),
            capture_output=True,
            timeout=timeout_s,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SandboxError(f"{script} did not finish: {exc}") from exc
    if done.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        raise SandboxError(f"{script} failed: {lines[-1] if lines else f'exit status {done.returncode}'}")
    return json.loads(done.stdout)


def probe(python: Path, cgroups: CgroupBackend | None) -> dict[str, Any]:
    """Start one worker the way the pool would and describe it (for ``aceml doctor``)."""
    found = {
        "bubblewrap": shutil.which("bwrap"),
        "cgroups": cgroups.version if cgroups is not None else None,
        "judge_python": str(python) if python.is_file() else None,
    }
    try:
        worker = worker_factory(python, cgroups)()
    except SandboxError as exc:
        return {**found, "mode": "unavailable", "error": str(exc)}
    try:
        return {
            **found,
            "mode": worker.mode,
            **{k: v for k, v in worker.info.items() if k in ("numpy", "seccomp")},
        }
    finally:
        worker.stop()
