"""Both cgroup layouts, exercised against fake trees (the v2 path cannot run on this VM)."""

from __future__ import annotations

from pathlib import Path

from aceml.judge import cgroups


def test_v2_run_limits_measures_and_removes(tmp_path: Path) -> None:
    (tmp_path / "cgroup.controllers").write_text("cpuset cpu io memory pids\n")
    (tmp_path / "cgroup.subtree_control").write_text("")
    backend = cgroups.V2Backend(tmp_path)
    run = backend.create(memory_bytes=256 << 20, pids=32)
    assert (run.path / "memory.max").read_text() == str(256 << 20)
    assert (run.path / "pids.max").read_text() == "32"
    assert (tmp_path / cgroups.PARENT / "cgroup.subtree_control").read_text() == "+cpu +memory +pids"
    (run.path / "cpu.stat").write_text("usage_usec 1500\nuser_usec 1000\nsystem_usec 500\n")
    (run.path / "memory.peak").write_text("1048576\n")
    (run.path / "memory.events").write_text("low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n")
    run.add(4242)
    assert (run.path / "cgroup.procs").read_text() == "4242"
    assert run.cpu_ns() == 1_500_000
    assert run.memory_peak() == 1 << 20
    assert run.oom_killed()
    (run.path / "cgroup.kill").write_text("")
    run.kill()
    assert (run.path / "cgroup.kill").read_text() == "1"
    for name in (
        "cpu.stat",
        "memory.peak",
        "memory.events",
        "cgroup.kill",
        "cgroup.procs",
        "memory.max",
        "pids.max",
    ):
        (run.path / name).unlink()
    run.remove()
    assert not run.path.exists()


def test_v2_memory_peak_falls_back_to_current(tmp_path: Path) -> None:
    run = cgroups.V2Run(tmp_path)
    (tmp_path / "memory.current").write_text("4096\n")
    (tmp_path / "memory.events").write_text("oom_kill 0\n")
    assert run.memory_peak() == 4096
    assert not run.oom_killed()


def test_v1_run_reads_each_controller(tmp_path: Path) -> None:
    for name in ("cpuacct", "memory", "pids"):
        (tmp_path / name).mkdir()
    backend = cgroups.V1Backend(tmp_path)
    run = backend.create(memory_bytes=1 << 20, pids=8)
    assert (run.memory / "memory.limit_in_bytes").read_text() == str(1 << 20)
    (run.cpuacct / "cpuacct.usage").write_text("123456789\n")
    (run.memory / "memory.max_usage_in_bytes").write_text("2048\n")
    (run.memory / "memory.oom_control").write_text("oom_kill_disable 0\nunder_oom 0\noom_kill 2\n")
    assert run.cpu_ns() == 123456789
    assert run.memory_peak() == 2048
    assert run.oom_killed()


def test_detect_prefers_v2_with_controllers_and_falls_back(tmp_path: Path) -> None:
    assert cgroups.detect(tmp_path) is None
    (tmp_path / "unified").mkdir()
    (tmp_path / "unified" / "cgroup.controllers").write_text("")  # hybrid: v2 mounted, no controllers
    for name in ("cpuacct", "memory", "pids"):
        (tmp_path / name).mkdir()
    found = cgroups.detect(tmp_path)
    assert found is not None and found.version == "v1"
    (tmp_path / "cgroup.controllers").write_text("cpu memory pids\n")
    found = cgroups.detect(tmp_path)
    assert found is not None and found.version == "v2"
