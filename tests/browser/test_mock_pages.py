"""A one-stage mock interview in the browser: set up, answer, skip, end, and open the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_a_one_stage_mock_interview_and_its_report(browser: Any, server: str, artifacts: Path) -> None:
    page = browser.new_page()
    page.goto(f"{server}/mock")
    page.select_option("#stage", "screening")
    page.fill("#seed", "12")
    page.click("text=Start")
    page.wait_for_selector("#countdown")
    assert "question 1 of 5" in page.inner_text("h1")
    first = page.inner_text("#countdown")
    page.wait_for_timeout(1200)
    assert page.inner_text("#countdown") != first  # the clock runs
    page.screenshot(path=str(artifacts / "mock-question.png"), full_page=True)
    page.fill(
        "#answer", "I led a churn model project end to end: framing, features, evaluation and the rollout."
    )
    page.click("#submit")
    page.wait_for_selector("text=question 2 of 5")
    page.click("button[value='skip']")
    page.wait_for_selector("text=question 3 of 5")
    page.click("button[value='end-stage']")
    page.wait_for_selector(".verdict")
    assert "Recommendation:" in page.inner_text(".verdict")
    assert page.locator("svg").count() == 2
    page.screenshot(path=str(artifacts / "mock-report-web.png"), full_page=True)
    page.close()
