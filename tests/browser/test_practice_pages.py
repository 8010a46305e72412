"""Practice in a real browser: answer a question and see key points; code in the editor and get AC and TLE."""

from __future__ import annotations

from pathlib import Path
from typing import Any

GOOD = (
    "Overfitting is when a model memorises the noise in its training data, so it scores well on training data "
    "but poorly on unseen data. I would use a simpler model, regularization such as L2 or dropout, more data, "
    "and cross-validation with early stopping."
)


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
