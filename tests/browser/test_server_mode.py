"""Server mode in a real browser: sign up, sign in, and fail to open another user's mock interview by URL."""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def server_mode(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    runtime = Runtime(
        Settings(
            mode="server",
            secret_key="s" * 48,
            data_dir=tmp_path_factory.mktemp("server-data"),
            content_dir=shipped_content_dir(),
            content_path=[],
            grader_backend="lexical",
        )
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app_server = uvicorn.Server(
        uvicorn.Config(create_app(runtime), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)
    runtime.close()


def _sign_up(browser: Any, base: str, name: str) -> Any:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/signup")
    page.fill("#username", name)
    page.fill("#password", "a long enough password")
    page.click("text=Create account")
    page.wait_for_selector("h1:has-text('Dashboard')")
    return page


def test_sign_up_sign_in_and_another_users_mock_is_not_found(
    browser: Any, server_mode: str, artifacts: Path
) -> None:
    alice = _sign_up(browser, server_mode, "alice")
    alice.goto(f"{server_mode}/mock")
    alice.select_option("#stage", "screening")
    alice.click("text=Start")
    alice.wait_for_selector("#countdown")
    mock_url = alice.url
    alice.click("button:has-text('Sign out')")
    alice.wait_for_selector("h1:has-text('Sign in')")
    alice.fill("#username", "alice")
    alice.fill("#password", "a long enough password")
    alice.click("button:has-text('Sign in')")
    alice.goto(mock_url)
    alice.wait_for_selector("#countdown")  # her own session is still hers after signing in again
    bob = _sign_up(browser, server_mode, "bob")
    response = bob.goto(mock_url)
    assert response is not None and response.status == 404
    bob.screenshot(path=str(artifacts / "server-mode-not-found.png"), full_page=True)
    anonymous = browser.new_context().new_page()
    anonymous.goto(mock_url)
    assert "/signin" in anonymous.url
