"""The attack suite: hostile submissions get the right verdict and the judge keeps working.

Each test judges one attack, checks its verdict, then checks that the next, honest
submission on the same warm worker is still accepted.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from aceml.judge.pool import JudgePool
from aceml.judge.verdicts import JudgeResult, Verdict
from tests.judge.conftest import REFERENCE, SECRET, make_problem, run

REPO = Path(__file__).resolve().parents[2]


def attack(pool: JudgePool, code: str, problem=None) -> JudgeResult:  # type: ignore[no-untyped-def]
    result = run(pool, code, problem) if problem is not None else run(pool, code)
    after = run(pool, REFERENCE)
    assert after.verdict == Verdict.AC, f"the judge broke after the attack: {after}"
    return result


def first_failure(result: JudgeResult) -> Verdict:
    return next(test.verdict for test in result.tests if test.verdict != Verdict.AC)


def test_infinite_loop_is_tle_near_the_cpu_limit(pool: JudgePool) -> None:
    result = attack(pool, "def solve(x):\n    while True:\n        pass\n")
    assert result.verdict == Verdict.TLE
    assert 900 <= result.tests[0].cpu_ms <= 1600
    assert [t.verdict for t in result.tests[1:]] == [Verdict.SK, Verdict.SK]


def test_module_level_infinite_loop_is_tle(pool: JudgePool) -> None:
    assert attack(pool, "while True:\n    pass\n").verdict == Verdict.TLE


def test_cpu_burned_in_threads_is_tle(pool: JudgePool) -> None:
    code = (
        "import threading\n"
        "def spin():\n    while True:\n        pass\n"
        "def solve(x):\n"
        "    for _ in range(4):\n        threading.Thread(target=spin, daemon=True).start()\n"
        "    spin()\n"
    )
    assert attack(pool, code).verdict == Verdict.TLE


def test_sleeping_forever_is_tle_on_wall_time(pool: JudgePool) -> None:
    result = attack(pool, "import time\ndef solve(x):\n    time.sleep(3600)\n")
    assert result.verdict == Verdict.TLE
    assert "wall time" in (result.tests[0].message or "")


@pytest.mark.parametrize(
    "code",
    [
        "import numpy as np\ndef solve(x):\n    a = np.ones((40000, 40000))\n    return int(a.sum())\n",
        "def solve(x):\n    a = [0] * (10 ** 9)\n    return len(a)\n",
        "def solve(x):\n    chunks = []\n    while True:\n        chunks.append(bytearray(1 << 20))\n",
    ],
    ids=["numpy", "list", "growing"],
)
def test_memory_bombs_are_mle(pool: JudgePool, code: str) -> None:
    result = attack(pool, code)
    assert result.verdict == Verdict.MLE


def test_deep_recursion_is_re_or_mle(pool: JudgePool) -> None:
    code = "import sys\nsys.setrecursionlimit(10 ** 8)\ndef solve(x, n=0):\n    return solve(x, n + 1)\n"
    assert attack(pool, code).verdict in (Verdict.RE, Verdict.MLE)


@pytest.mark.parametrize(
    "code",
    [
        "import os\ndef solve(x):\n    while True:\n        os.fork()\n",
        "import subprocess\ndef solve(x):\n    return subprocess.run(['ls', '/'], capture_output=True).returncode\n",
        "import os\ndef solve(x):\n    os.system('ls /')\n    return sum(x)\n",
        "import os\ndef solve(x):\n    os.execv('/usr/bin/python3', ['python3', '-c', 'print(1)'])\n",
    ],
    ids=["fork-bomb", "subprocess", "os-system", "exec"],
)
def test_process_creation_is_re(pool: JudgePool, code: str) -> None:
    assert attack(pool, code).verdict == Verdict.RE


def test_thread_bomb_is_re(pool: JudgePool) -> None:
    code = (
        "import threading, time\n"
        "def solve(x):\n"
        "    for _ in range(10000):\n"
        "        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n"
        "    return sum(x)\n"
    )
    result = attack(pool, code)
    assert result.verdict == Verdict.RE
    assert result.tests[0].message and "thread" in result.tests[0].message


def _rss_mib() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


def test_stdout_flood_is_ole_with_bounded_judge_memory(pool: JudgePool) -> None:
    before = _rss_mib()
    result = attack(pool, "def solve(x):\n    while True:\n        print('x' * 65536)\n")
    assert result.verdict == Verdict.OLE
    assert _rss_mib() - before < 32  # the supervisor counts output; it does not keep it


def test_huge_return_value_is_ole_or_mle(pool: JudgePool) -> None:
    result = attack(pool, "def solve(x):\n    return 'x' * (40 * 1024 * 1024)\n")
    assert result.verdict in (Verdict.OLE, Verdict.MLE)


def test_filling_tmp_is_re(pool: JudgePool) -> None:
    code = "def solve(x):\n    with open('/tmp/fill', 'wb') as f:\n        while True:\n            f.write(b'0' * (1 << 20))\n"
    assert attack(pool, code).verdict == Verdict.RE


@pytest.mark.parametrize(
    "code",
    [
        "import socket\ndef solve(x):\n    socket.socket().connect(('127.0.0.1', 22))\n",
        "import socket\ndef solve(x):\n    return socket.getaddrinfo('example.org', 80)\n",
        "import urllib.request\ndef solve(x):\n    return urllib.request.urlopen('http://127.0.0.1:8000/').read()\n",
    ],
    ids=["connect", "resolve", "http"],
)
def test_network_is_re(pool: JudgePool, code: str) -> None:
    assert attack(pool, code).verdict == Verdict.RE


def test_hidden_tests_and_expected_outputs_are_not_on_disk(pool: JudgePool, tmp_path: Path) -> None:
    places = [
        str(REPO / "content"),
        str(REPO / "content/problems"),
        str(REPO / "src"),
        str(Path.home()),
        "/work",
    ]
    code = (
        "import os\n"
        f"PLACES = {places!r}\n"
        "def solve(x):\n"
        "    found = [p for p in PLACES if os.path.exists(p)]\n"
        "    found += [p for p in os.listdir('/') if p not in ('usr','bin','lib','lib64','lib32','sbin','etc','proc','dev','tmp','judge')]\n"
        "    if found:\n        raise RuntimeError(found)\n"
        "    return sum(x)\n"
    )
    result = attack(pool, code)
    assert result.verdict == Verdict.AC, result.tests[0].message


def test_environment_holds_no_secrets(pool: JudgePool) -> None:
    code = (
        "import os\n"
        "ALLOWED = {'PATH', 'LANG', 'OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'PWD', 'LC_CTYPE'}\n"
        "def solve(x):\n"
        f"    if set(os.environ) - ALLOWED or any({SECRET!r} in v for v in os.environ.values()):\n"
        "        raise RuntimeError(sorted(os.environ))\n"
        "    return sum(x)\n"
    )
    result = attack(pool, code)
    assert result.verdict == Verdict.AC, result.tests[0].message


@pytest.mark.parametrize(
    "code",
    [
        "import os, signal\ndef solve(x):\n    os.kill(os.getppid(), signal.SIGKILL)\n    return sum(x)\n",
        "import os, signal\ndef solve(x):\n    os.kill(-1, signal.SIGKILL)\n    return sum(x)\n",
        "import os, signal\ndef solve(x):\n    signal.pthread_kill(1, signal.SIGKILL)\n    return sum(x)\n",
    ],
    ids=["kill-parent", "kill-all", "tgkill"],
)
def test_killing_others_is_re_and_the_worker_survives(pool: JudgePool, code: str) -> None:
    assert attack(pool, code).verdict == Verdict.RE


@pytest.mark.parametrize(
    "code",
    [
        "import ctypes, os\ndef solve(x):\n"
        "    libc = ctypes.CDLL(None, use_errno=True)\n"
        "    if libc.ptrace(16, os.getppid(), 0, 0) != 0:\n"
        "        raise PermissionError(ctypes.get_errno(), 'ptrace refused')\n"
        "    return sum(x)\n",
        "import os\ndef solve(x):\n"
        "    with open(f'/proc/{os.getppid()}/mem', 'wb') as memory:\n        memory.write(b'0')\n"
        "    return sum(x)\n",
    ],
    ids=["ptrace", "proc-mem"],
)
def test_tampering_with_the_zygote_is_re(pool: JudgePool, code: str) -> None:
    assert attack(pool, code).verdict == Verdict.RE


def test_nothing_survives_into_the_next_submission(pool: JudgePool) -> None:
    leave = (
        "import ctypes\n"
        "def solve(x):\n"
        "    open('/tmp/left-behind', 'w').write('x')\n"
        "    open('/dev/shm/left-behind', 'w').write('x')\n"
        "    libc = ctypes.CDLL(None)\n"
        "    if libc.shmget(4242, 4096, 0o1666) < 0:\n        raise OSError('shmget failed')\n"
        "    return sum(x)\n"
    )
    assert run(pool, leave).verdict == Verdict.AC
    look = (
        "import ctypes, os\n"
        "def solve(x):\n"
        "    libc = ctypes.CDLL(None)\n"
        "    seen = [p for p in ('/tmp/left-behind', '/dev/shm/left-behind') if os.path.exists(p)]\n"
        "    if libc.shmget(4242, 4096, 0o666) >= 0:\n        seen.append('sysv shm')\n"
        "    if seen:\n        raise RuntimeError(seen)\n"
        "    return sum(x)\n"
    )
    result = run(pool, look)
    assert result.verdict == Verdict.AC, result.tests[0].message


def test_no_earlier_code_in_a_childs_memory(pool: JudgePool) -> None:
    marker = uuid.uuid4().hex
    assert run(pool, f"# {marker}\n{REFERENCE}").verdict == Verdict.AC
    # The scan never builds the marker itself (that copy would be found): it looks for the
    # first half directly followed by the second half.
    head, tail = marker[:16].encode(), marker[16:].encode()
    scan = (
        "def solve(x):\n"
        f"    head, tail = {head!r}, {tail!r}\n"
        "    hits = 0\n"
        "    with open('/proc/self/maps') as maps, open('/proc/self/mem', 'rb') as mem:\n"
        "        for line in maps:\n"
        "            parts = line.split()\n"
        "            if 'r' not in parts[1] or (len(parts) > 5 and parts[5].startswith('[v')):\n"
        "                continue\n"
        "            start, end = (int(v, 16) for v in parts[0].split('-'))\n"
        "            try:\n"
        "                mem.seek(start)\n"
        "                data = mem.read(end - start)\n"
        "            except (OSError, ValueError, OverflowError):\n"
        "                continue\n"
        "            at = data.find(head)\n"
        "            while at >= 0:\n"
        "                hits += data[at + len(head): at + len(head) + len(tail)] == tail\n"
        "                at = data.find(head, at + 1)\n"
        "    if hits:\n        raise RuntimeError('found earlier code')\n"
        "    return sum(x)\n"
    )
    result = run(pool, scan)
    assert result.verdict == Verdict.AC, result.tests[0].message
    # Control: the same scan does find the marker when the submission itself holds it.
    holding = scan.replace("def solve(x):\n", f"KEEP = {marker!r}\ndef solve(x):\n", 1)
    assert run(pool, holding).verdict == Verdict.RE


def test_object_with_eq_always_true_is_never_ac(pool: JudgePool) -> None:
    code = "class Yes:\n    def __eq__(self, other):\n        return True\ndef solve(x):\n    return Yes()\n"
    result = attack(pool, code)
    assert result.verdict == Verdict.WA


def test_monkeypatching_numpy_and_json_is_never_ac(pool: JudgePool) -> None:
    code = (
        "import json, numpy as np\n"
        "np.allclose = lambda *a, **k: True\n"
        "np.array_equal = lambda *a, **k: True\n"
        'json.dumps = lambda *a, **k: \'{"t": "done"}\'\n'
        "def solve(x):\n    return -1\n"
    )
    assert attack(pool, code).verdict != Verdict.AC


def test_printing_accepted_is_never_ac(pool: JudgePool) -> None:
    code = 'def solve(x):\n    print("Accepted")\n    print(\'{"t": "done"}\')\n    return -1\n'
    assert attack(pool, code).verdict == Verdict.WA


@pytest.mark.parametrize(
    "code",
    [
        "import sys\ndef solve(x):\n    sys.exit(0)\n",
        "import os\ndef solve(x):\n    os._exit(0)\n",
        "import sys\nsys.exit(0)\n",
    ],
    ids=["sys-exit", "os-exit", "module-exit"],
)
def test_exiting_early_is_re(pool: JudgePool, code: str) -> None:
    assert attack(pool, code).verdict == Verdict.RE


def test_segfault_is_re(pool: JudgePool) -> None:
    result = attack(pool, "import ctypes\ndef solve(x):\n    return ctypes.string_at(0)\n")
    assert result.verdict == Verdict.RE
    assert "SIGSEGV" in (result.tests[0].message or "")


def test_setting_blas_threads_has_no_effect(pool: JudgePool) -> None:
    code = (
        "import os\n"
        "os.environ['OPENBLAS_NUM_THREADS'] = '8'\n"
        "import numpy as np\n"
        "def solve(x):\n"
        "    a = np.ones((300, 300))\n"
        "    _ = a @ a\n"
        "    threads = int([l for l in open('/proc/self/status') if l.startswith('Threads:')][0].split()[1])\n"
        "    if threads != 1:\n        raise RuntimeError(threads)\n"
        "    return sum(x)\n"
    )
    result = attack(pool, code)
    assert result.verdict == Verdict.AC, result.tests[0].message


def test_syntax_error_is_ce_with_the_message(pool: JudgePool) -> None:
    result = attack(pool, "def solve(x)\n    return 1\n")
    assert result.verdict == Verdict.CE
    assert result.message and "SyntaxError" in result.message and "line 1" in result.message


def test_missing_entry_point_is_ce(pool: JudgePool) -> None:
    result = attack(pool, "def answer(x):\n    return sum(x)\n")
    assert result.verdict == Verdict.CE
    assert "solve" in (result.message or "")


def test_exception_messages_of_hidden_tests_are_withheld(pool: JudgePool) -> None:
    code = "def solve(x):\n    raise ValueError(f'the input was {x!r}')\n"
    result = attack(pool, code)
    assert result.verdict == Verdict.RE
    sample, hidden = result.tests[0], result.tests[1:]
    assert sample.message and "[1, 2, 3]" in sample.message
    assert [t.message for t in hidden] == ["ValueError", "ValueError"]
    leaky = "def solve(x):\n    raise type('Leak' + str(x[0]), (Exception,), {})()\n"
    result = attack(pool, leaky)
    assert [t.message for t in result.tests[1:]] == ["Exception", "Exception"]


ARRAY = make_problem(
    solution="import numpy as np\ndef solve(x):\n    return np.asarray(x, dtype=float) * 2\n",
    sample=[{"input": {"x": [[1, 2, 3], [4, 5, 6]]}}],
    hidden=[{"input": {"x": [[0.5, 1.5, 2.5], [1, 1, 1]]}}],
    checker={"kind": "allclose", "rtol": 1e-9, "atol": 1e-12},
    array_args=["x"],
)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("import numpy as np\ndef solve(x):\n    return x * np.nan\n", "NaN"),
        ("def solve(x):\n    return (x * 2).ravel()\n", "shape"),
        ("def solve(x):\n    return (x * 2).T\n", "shape"),
        ("def solve(x):\n    return x * 2 + 1e-3\n", "tolerance"),
    ],
    ids=["nan", "flat", "transposed", "off"],
)
def test_wrong_numeric_outputs_are_wa(pool: JudgePool, code: str, reason: str) -> None:
    result = run(pool, code, ARRAY)
    assert result.verdict == Verdict.WA
    assert reason in (result.tests[0].message or "")
    assert run(pool, "def solve(x):\n    return x * 2.0\n", ARRAY).verdict == Verdict.AC
