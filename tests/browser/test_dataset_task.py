"""A dataset task in a real browser: preview the training data, submit a model, read the public and
private scores, then write the analysis and see its key points."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aceml.bank.collection import load_bank
from aceml.bank.models import DatasetItem
from aceml.config import shipped_content_dir

TASK = "house-price-rmse"


def test_dataset_task_preview_submit_and_analysis(browser: Any, server: str, artifacts: Path) -> None:
    task = load_bank([shipped_content_dir()]).get(TASK)
    assert isinstance(task, DatasetItem)
    page = browser.new_page()
    page.goto(f"{server}/solve/{TASK}")
    page.wait_for_selector(".CodeMirror")
    assert page.locator("table.preview tbody tr").count() == 8  # the first training rows
    header = page.inner_text("table.preview thead")
    assert "(target)" in header
    page.evaluate("code => window.acemlEditor.setValue(code)", task.solution_code)
    page.click("#submit")
    page.wait_for_selector(".verdict", timeout=60000)
    assert page.inner_text(".verdict") == "AC"
    scores = page.inner_text("table.tests")
    assert "public" in scores and "private" in scores and "no" not in scores
    page.screenshot(path=str(artifacts / "dataset-scored.png"), full_page=True)
    page.fill("#analysis-text", task.analysis.model_answer)
    page.click("#grade-analysis")
    page.wait_for_selector("#analysis .point.covered")
    assert page.locator("#analysis .point.missed").count() == 0
    page.screenshot(path=str(artifacts / "dataset-analysis.png"), full_page=True)
    # The same two actions through the JSON API.
    preview = page.request.get(f"{server}/api/v1/datasets/{TASK}/preview").json()
    assert preview["train_rows"] == 3000 and preview["test_rows"] == 3000 and len(preview["rows"]) == 8
    graded = page.request.post(
        f"{server}/api/v1/datasets/{TASK}/analysis", data={"answer": task.analysis.model_answer}
    ).json()
    assert graded["score"] >= 0.85
    page.close()
