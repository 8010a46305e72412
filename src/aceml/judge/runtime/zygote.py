"""The zygote: a warm Python with NumPy imported that forks one sandboxed child per submission.

It runs inside the worker's bubblewrap sandbox (or, degraded, directly). It never reads job
data: the supervisor sends it only limits and three file descriptors (job, result, output)
over the control socket; the forked child reads the job itself and the zygote closes its
copies at once. Protocol on the control socket (SOCK_SEQPACKET, one JSON object a message):

    zygote -> supervisor  {"ready": true, "pid": ..., "numpy": "1.24.2", "seccomp": true}
    supervisor -> zygote  {"tmp_mb": 16, "stack_mb": 64, ...} + fds [job_r, result_w, out_w]
    zygote -> supervisor  {"child": <pid in the zygote's namespace>}
    zygote -> supervisor  {"status": <raw wait status>}
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import resource
import socket
import sys
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy  # noqa: E402 - warm before the first fork

PRELOADED: dict[str, str] = {}
for _name in sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else []:
    # Dataset workers warm pandas and scikit-learn too, so a submission does not pay for them.
    PRELOADED[_name] = getattr(__import__(_name), "__version__", "?")
if "sklearn" in PRELOADED:
    import sklearn.ensemble  # noqa: E402, F401 - the estimators most solutions use
    import sklearn.feature_extraction.text  # noqa: E402, F401
    import sklearn.linear_model  # noqa: E402, F401

try:
    from aceml.judge.runtime import harness  # noqa: E402
except ImportError:  # inside the sandbox only /judge is importable
    import harness  # type: ignore[no-redef, import-not-found, unused-ignore]  # noqa: E402

try:
    import seccomp  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # degraded: no python3-seccomp
    seccomp = None

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_THREAD = 0x00010000
MS_NOSUID, MS_NODEV, MS_REC, MS_PRIVATE = 2, 4, 0x4000, 1 << 18
PR_SET_DUMPABLE, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 4, 24, 38
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW = 5, 6, 7, 36, 37, 38

DENIED_SYSCALLS = (
    "fork", "vfork", "execve", "execveat",
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
    "ptrace", "process_vm_readv", "process_vm_writev",
    "mount", "umount2", "unshare", "setns", "pivot_root", "chroot", "fsopen", "fsmount", "move_mount",
    "open_tree",
    "keyctl", "add_key", "request_key",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "bpf", "perf_event_open", "userfaultfd",
    "flock", "kill", "tkill", "pidfd_open", "pidfd_send_signal", "pidfd_getfd",
    "personality", "quotactl", "kexec_load", "init_module", "finit_module", "delete_module",
)  # fmt: skip

libc = ctypes.CDLL(None, use_errno=True)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _check(result: int, what: str) -> None:
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")


def _write(path: str, text: str) -> None:
    with open(path, "w") as handle:
        handle.write(text)


def _isolate(config: dict[str, Any]) -> None:
    """Fresh user+mount+IPC namespace, private tmpfs /tmp and /dev/shm (full mode only)."""
    uid, gid = os.getuid(), os.getgid()
    _check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWIPC), "unshare")
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"{uid} {uid} 1")
    _write("/proc/self/gid_map", f"{gid} {gid} 1")
    _check(libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "mount private")
    options = f"size={int(config['tmp_mb'])}m,mode=1777,nr_inodes=4096".encode()
    for target in (b"/tmp", b"/dev/shm"):
        if os.path.isdir(target):
            _check(libc.mount(b"tmpfs", target, b"tmpfs", MS_NOSUID | MS_NODEV, options), "mount tmpfs")
    os.chdir("/tmp")


def _drop_capabilities() -> None:
    last = int(open("/proc/sys/kernel/cap_last_cap").read())
    for cap in range(last + 1):
        libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)  # fails harmlessly where not permitted
    header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    _check(libc.capset(ctypes.byref(header), ctypes.byref(data)), "capset")


def _set_limits(config: dict[str, Any]) -> None:
    cpu = int(config["cpu_backstop_s"])
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    fsize = int(config["fsize_mb"]) << 20
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    stack = int(config["stack_mb"]) << 20
    resource.setrlimit(resource.RLIMIT_STACK, (stack, stack))


def _load_seccomp() -> None:
    if seccomp is None:
        return
    deny = seccomp.ERRNO(errno.EPERM)
    rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for name in DENIED_SYSCALLS:
        try:
            rules.add_rule(deny, name)
        except (RuntimeError, ValueError):  # a syscall this architecture does not have
            continue
    # clone3 cannot be filtered by flags (they sit in a struct): ENOSYS makes glibc fall back
    # to clone, where threads (CLONE_THREAD) are allowed and new processes are not.
    rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    rules.add_rule(deny, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, CLONE_THREAD, 0))
    rules.add_rule(deny, "tgkill", seccomp.Arg(0, seccomp.NE, os.getpid()))
    for command in (F_GETLK, F_SETLK, F_SETLKW, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW):
        rules.add_rule(deny, "fcntl", seccomp.Arg(1, seccomp.EQ, command))
    rules.load()


def _no_process_creation(*_args: object, **_kwargs: object) -> int:
    raise PermissionError(errno.EPERM, "creating processes is not allowed in the judge")


def _child(config: dict[str, Any], fds: list[int], control: socket.socket) -> None:
    """Set up the sandbox, then run the submission; never returns."""
    status = 70
    try:
        control.close()
        job_fd, result_fd, out_fd = fds
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        os.close(out_fd)
        if os.getuid() == 0:  # degraded and started as root: never run submissions as root
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
        try:
            _isolate(config)
        except OSError:
            if config["isolate"] == "required":
                raise
        _drop_capabilities()
        _set_limits(config)
        libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        _load_seccomp()
        os.write(result_fd, b'{"t": "sandboxed"}\n')  # before any job data is read
        os.system = _no_process_creation  # noqa: TID251 - disabling it, not calling it
        sys.modules["posix"].system = _no_process_creation  # type: ignore[attr-defined]
        harness.run(job_fd, result_fd)
        status = 0
    finally:
        try:
            sys.stdout.flush()
        finally:
            os._exit(status)


def main() -> None:
    """Serve fork requests on the control socket until the supervisor goes away."""
    control = socket.socket(fileno=int(sys.argv[1]))
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # no /proc/<zygote>/mem or environ for children
    ready = {
        "ready": True,
        "pid": os.getpid(),
        "numpy": numpy.__version__,
        "seccomp": seccomp is not None,
        "preloaded": PRELOADED,
    }
    control.send(json.dumps(ready).encode())
    while True:
        try:
            message, fds, _flags, _addr = socket.recv_fds(control, 65536, 3)
        except (ConnectionError, OSError):
            return
        if not message:
            return
        config = json.loads(message)
        pid = os.fork()
        if pid == 0:
            _child(config, fds, control)
        for fd in fds:
            os.close(fd)
        control.send(json.dumps({"child": pid}).encode())
        _, status = os.waitpid(pid, 0)
        control.send(json.dumps({"status": status}).encode())


if __name__ == "__main__":
    main()
