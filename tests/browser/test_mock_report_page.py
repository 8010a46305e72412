"""The mock interview's HTML report opens in Chromium, renders its charts, and is screenshotted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aceml.bank.collection import load_bank
from aceml.config import shipped_content_dir
from aceml.interview.blueprints import blueprint, plan_session
from aceml.interview.report import build_report, report_html
from aceml.interview.session import Answer, Start, advance

T0 = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)


def test_the_html_report_renders_in_chromium(browser: Any, artifacts: Path, tmp_path: Path) -> None:
    bank = load_bank([shipped_content_dir()])
    state = advance(plan_session(blueprint("data-scientist", "mid"), bank, seed=8), Start(), T0)
    minute = 0
    while state.status == "active":
        minute += 1
        run = state.stages[state.current]
        score = [0.9, 0.7, 0.5, 0.3, 0.6][state.current]
        state = advance(
            state, Answer(state.current, run.index, "answer", score=score), T0 + timedelta(minutes=minute)
        )
    page_file = tmp_path / "report.html"
    page_file.write_text(report_html(build_report(state, bank.items)), encoding="utf-8")
    requests: list[str] = []
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())
    assert page.title() == "Mock interview report"
    assert "Recommendation:" in page.inner_text(".verdict")
    charts = page.locator("svg")
    assert charts.count() == 2
    box = charts.first.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    assert page.locator("rect").count() >= 20  # two bars per stage and per competency
    shot = artifacts / "mock-report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert requests == [page_file.as_uri()]  # self-contained: nothing else is fetched
    page.close()
