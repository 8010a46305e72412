"""Debian's Chromium driven by Playwright (never a downloaded browser); screenshots are artifacts."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from aceml.config import Settings, shipped_content_dir
from aceml.services.runtime import Runtime
from aceml.web.app import create_app

CHROMIUM = os.environ.get("ACEML_TEST_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(
    os.environ.get("ACEML_TEST_ARTIFACTS", Path(__file__).resolve().parents[2] / "test-artifacts")
)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A headless Chromium; CI must have it (a missing browser fails there, never skips)."""
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).is_file():
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide Chromium at {CHROMIUM}")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots are kept after the run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on a free loopback port, in a thread."""
    data = tmp_path_factory.mktemp("data")
    runtime = Runtime(Settings(data_dir=data, content_dir=shipped_content_dir(), content_path=[]))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(runtime), host="127.0.0.1", port=port, log_level="warning")
    app_server = uvicorn.Server(config)
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app_server.started
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)
    runtime.close()
