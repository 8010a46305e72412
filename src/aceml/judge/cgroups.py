"""One cgroup per run: CPU time, memory limit and peak, process count, and kill.

Supports cgroup v1 controllers (``cpuacct``, ``memory``, ``pids`` mounted separately, as on
this VM's hybrid layout) and the pure v2 unified hierarchy of a stock Debian 12 host. Only
files are read and written here; no process is started.
"""

from __future__ import annotations

import errno
import os
import signal
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

PARENT = "aceml-judge"


class RunCgroup(Protocol):
    """The cgroup of one run."""

    def add(self, pid: int) -> None:
        """Move process ``pid`` into this cgroup."""

    def cpu_ns(self) -> int:
        """Return the CPU time used by the cgroup so far, in nanoseconds."""

    def memory_peak(self) -> int:
        """Return the peak memory charged to the cgroup, in bytes."""

    def oom_killed(self) -> bool:
        """Return True if the kernel killed a process here for exceeding the memory limit."""

    def kill(self) -> None:
        """SIGKILL every process in the cgroup."""

    def remove(self) -> None:
        """Delete the cgroup (after its processes have exited)."""


class CgroupBackend(Protocol):
    """A way to create run cgroups."""

    version: str

    def create(self, *, memory_bytes: int, pids: int) -> RunCgroup:
        """Create a cgroup with these limits."""


def _read_int(path: Path) -> int:
    return int(path.read_text().split()[0])


def _read_keyed(path: Path, key: str) -> int:
    for line in path.read_text().splitlines():
        name, _, value = line.partition(" ")
        if name == key:
            return int(value)
    return 0


def _rmdir(directory: Path) -> None:
    # A cgroup whose last task is still exiting reports EBUSY for a moment.
    for _ in range(100):
        try:
            directory.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError as exc:
            if exc.errno != errno.EBUSY:
                raise
            time.sleep(0.01)
    directory.rmdir()


def _kill_pids(procs: Path) -> None:
    try:
        pids = [int(pid) for pid in procs.read_text().split()]
    except OSError:
        return
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            continue


@dataclass
class V1Run:
    """A run cgroup made of one directory in each v1 controller."""

    cpuacct: Path
    memory: Path
    pids: Path

    def add(self, pid: int) -> None:
        """Move ``pid`` into the cgroup in every controller."""
        for directory in (self.memory, self.cpuacct, self.pids):
            (directory / "cgroup.procs").write_text(str(pid))

    def cpu_ns(self) -> int:
        """Return ``cpuacct.usage``."""
        return _read_int(self.cpuacct / "cpuacct.usage")

    def memory_peak(self) -> int:
        """Return ``memory.max_usage_in_bytes``."""
        return _read_int(self.memory / "memory.max_usage_in_bytes")

    def oom_killed(self) -> bool:
        """Return True if ``memory.oom_control`` counts an OOM kill."""
        return _read_keyed(self.memory / "memory.oom_control", "oom_kill") > 0

    def kill(self) -> None:
        """SIGKILL every task in the memory controller's cgroup."""
        _kill_pids(self.memory / "cgroup.procs")

    def remove(self) -> None:
        """Remove the directory in every controller."""
        for directory in (self.memory, self.cpuacct, self.pids):
            _rmdir(directory)


@dataclass
class V1Backend:
    """cgroup v1: separate ``cpuacct``, ``memory`` and ``pids`` hierarchies."""

    root: Path
    version: str = "v1"

    def create(self, *, memory_bytes: int, pids: int) -> V1Run:
        """Create ``aceml-judge/run-<id>`` in each controller and set its limits."""
        name = f"run-{uuid.uuid4().hex[:12]}"
        run = V1Run(
            cpuacct=self.root / "cpuacct" / PARENT / name,
            memory=self.root / "memory" / PARENT / name,
            pids=self.root / "pids" / PARENT / name,
        )
        for directory in (run.cpuacct, run.memory, run.pids):
            directory.mkdir(parents=True)
        (run.memory / "memory.limit_in_bytes").write_text(str(memory_bytes))
        swap = run.memory / "memory.memsw.limit_in_bytes"
        if swap.exists():
            swap.write_text(str(memory_bytes))
        (run.pids / "pids.max").write_text(str(pids))
        return run


@dataclass
class V2Run:
    """A run cgroup in the unified v2 hierarchy."""

    path: Path

    def add(self, pid: int) -> None:
        """Move ``pid`` into the cgroup."""
        (self.path / "cgroup.procs").write_text(str(pid))

    def cpu_ns(self) -> int:
        """Return ``usage_usec`` from ``cpu.stat``, in nanoseconds."""
        return _read_keyed(self.path / "cpu.stat", "usage_usec") * 1000

    def memory_peak(self) -> int:
        """Return ``memory.peak`` (or the current usage on kernels without it)."""
        peak = self.path / "memory.peak"
        return _read_int(peak if peak.exists() else self.path / "memory.current")

    def oom_killed(self) -> bool:
        """Return True if ``memory.events`` counts an OOM kill."""
        return _read_keyed(self.path / "memory.events", "oom_kill") > 0

    def kill(self) -> None:
        """Use ``cgroup.kill`` where the kernel has it, else SIGKILL each process."""
        killer = self.path / "cgroup.kill"
        if killer.exists():
            killer.write_text("1")
        else:
            _kill_pids(self.path / "cgroup.procs")

    def remove(self) -> None:
        """Remove the cgroup directory."""
        _rmdir(self.path)


@dataclass
class V2Backend:
    """cgroup v2: one unified hierarchy with ``cpu``, ``memory`` and ``pids`` enabled."""

    root: Path
    version: str = "v2"

    def create(self, *, memory_bytes: int, pids: int) -> V2Run:
        """Create ``aceml-judge/run-<id>`` with its limits (enabling controllers on the parent)."""
        parent = self.root / PARENT
        if not parent.is_dir():
            parent.mkdir()
        control = parent / "cgroup.subtree_control"
        enabled = control.read_text().split() if control.exists() else []
        wanted = [name for name in ("cpu", "memory", "pids") if name not in enabled]
        if wanted:
            control.write_text(" ".join(f"+{name}" for name in wanted))
        run = V2Run(parent / f"run-{uuid.uuid4().hex[:12]}")
        run.path.mkdir()
        (run.path / "memory.max").write_text(str(memory_bytes))
        swap = run.path / "memory.swap.max"
        if swap.exists():
            swap.write_text("0")
        (run.path / "pids.max").write_text(str(pids))
        return run


def detect(root: Path = Path("/sys/fs/cgroup")) -> CgroupBackend | None:
    """Return a writable cgroup backend, preferring v2 with the needed controllers, or None."""
    for unified in (root, root / "unified"):
        controllers = unified / "cgroup.controllers"
        if controllers.is_file() and {"memory", "pids"} <= set(controllers.read_text().split()):
            v2 = V2Backend(unified)
            if _can_create(v2):
                return v2
    if all((root / name).is_dir() for name in ("cpuacct", "memory", "pids")):
        v1 = V1Backend(root)
        if _can_create(v1):
            return v1
    return None


def _can_create(backend: CgroupBackend) -> bool:
    try:
        run = backend.create(memory_bytes=64 << 20, pids=8)
    except OSError:
        return False
    try:
        run.remove()
    except OSError:
        pass  # a leftover empty probe cgroup is harmless
    return True
