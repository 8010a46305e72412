"""`aceml serve` starts a real server on 127.0.0.1 that lists the bank (what `make run` does)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2 as httpx


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_serve_lists_the_bank(tmp_path: Path, content_dir: Path) -> None:
    port = _free_port()
    env = {**os.environ, "ACEML_CONTENT_DIR": str(content_dir), "ACEML_DATA_DIR": str(tmp_path / "data")}
    env.pop("ACEML_CONTENT_PATH", None)
    with subprocess.Popen(
        [sys.executable, "-m", "aceml", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as server:
        try:
            body = ""
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    response = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                except httpx.TransportError:
                    time.sleep(0.2)
                    continue
                body = response.text
                break
            assert "3 of 3 items" in body
            assert "Walk me through your resume." in body
        finally:
            server.terminate()
            output, _ = server.communicate(timeout=10)
    assert f"serving 3 items on http://127.0.0.1:{port}" in output
