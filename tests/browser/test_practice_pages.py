"""Practice in a real browser: answer a question and see key points; code in the editor and get AC and TLE."""

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

GOOD = (
    "Overfitting is when a model memorises the noise in its training data, so it scores well on training data "
    "but poorly on unseen data. I would use a simpler model, regularization such as L2 or dropout, more data, "
    "and cross-validation with early stopping."
)


@pytest.fixture(scope="module")
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


def test_answer_a_question_and_see_the_key_points(browser: Any, server: str, artifacts: Path) -> None:
    page = browser.new_page()
    external: list[str] = []
    page.on(
        "request",
        lambda request: external.append(request.url) if not request.url.startswith(server) else None,
    )
    page.goto(f"{server}/practice/overfitting")
    page.fill("#answer", GOOD)
    page.wait_for_selector("#draft-status:has-text('Draft saved')", timeout=5000)
    page.click("text=Get feedback")
    page.wait_for_selector(".point.covered")
    assert page.locator(".point.covered").count() >= 3
    assert "Score" in page.inner_text(".score")
    page.screenshot(path=str(artifacts / "practice-feedback.png"), full_page=True)
    page.click("button[value='hard']")
    page.wait_for_selector(".notice")
    assert "hard" in page.inner_text(".notice")
    page.goto(f"{server}/progress")
    page.wait_for_function("document.getElementById('readiness-chart').width > 0")
    page.screenshot(path=str(artifacts / "progress.png"), full_page=True)
    assert external == []
    page.close()


def test_code_in_the_editor_is_accepted_and_an_infinite_loop_times_out(
    browser: Any, server: str, artifacts: Path
) -> None:
    page = browser.new_page()
    page.goto(f"{server}/solve/stable-softmax")
    page.wait_for_selector(".CodeMirror")
    solution = (
        "import numpy as np\n\ndef softmax(logits):\n    z = np.asarray(logits, dtype=float)\n"
        "    z = z - z.max(axis=1, keepdims=True)\n    e = np.exp(z)\n    return e / e.sum(axis=1, keepdims=True)\n"
    )
    page.evaluate("code => window.acemlEditor.setValue(code)", solution)
    page.click("#submit")
    page.wait_for_selector(".verdict")
    assert page.inner_text(".verdict") == "AC"
    page.screenshot(path=str(artifacts / "solve-accepted.png"), full_page=True)
    page.evaluate(
        "code => window.acemlEditor.setValue(code)", "def softmax(logits):\n    while True:\n        pass\n"
    )
    page.click("#submit")
    page.wait_for_selector(".verdict", timeout=30000)
    assert page.inner_text(".verdict") == "TLE"
    page.screenshot(path=str(artifacts / "solve-tle.png"), full_page=True)
    page.close()
