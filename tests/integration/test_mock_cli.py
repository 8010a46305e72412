"""``aceml mock`` in the terminal: a stage run with answers and commands, pause and resume, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aceml.cli.app import app


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("ACEML_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACEML_GRADER_BACKEND", "lexical")
    for name in ("ACEML_CONTENT_DIR", "ACEML_CONTENT_PATH", "ACEML_DATABASE_URL", "EDITOR", "VISUAL"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def test_a_stage_pauses_resumes_and_reports(cli: CliRunner, tmp_path: Path) -> None:
    first = cli.invoke(
        app, ["mock", "--stage", "screening", "--seed", "5"], input="I led the churn project.\n.\n/quit\n"
    )
    assert first.exit_code == 0, first.output
    assert "screening · question 1 of 5" in first.output and "left" in first.output
    assert "Paused. `aceml mock --resume` continues session #1." in first.output
    resumed = cli.invoke(app, ["mock", "--resume"], input="/skip\n/end-stage\n")
    assert resumed.exit_code == 0, resumed.output
    assert "question 2 of 5" in resumed.output and "Recommendation:" in resumed.output
    assert "Report:" in resumed.output and (tmp_path / "data" / "reports" / "mock-1.html").is_file()
    again = cli.invoke(app, ["mock", "--resume"])
    assert again.exit_code == 1 and "no unfinished mock interview" in again.stderr
    data = json.loads(cli.invoke(app, ["mock", "report", "1", "--format", "json"]).output)
    items = data["stages"][0]["items"]
    assert [item["status"] for item in items[:2]] == ["answered", "skipped"]
    markdown = cli.invoke(app, ["mock", "report", "1"]).output
    assert markdown.startswith("# Mock interview report") and "## Competencies" in markdown
    out = tmp_path / "report.html"
    saved = cli.invoke(app, ["mock", "report", "1", "--format", "html", "--output", str(out)])
    assert saved.exit_code == 0 and out.read_text().startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mock", "--stage", "lunch"], "lunch"),
        (["mock", "--role", "astronaut"], "unknown role"),
        (["mock", "--level", "guru"], "unknown level"),
        (["mock", "--stage", "final", "--loop"], "not both"),
        (["mock", "report", "99"], "no mock interview with id 99"),
        (["mock", "report", "1", "--format", "pdf"], "unknown format"),
    ],
)
def test_bad_mock_arguments_are_one_line_errors(cli: CliRunner, args: list[str], message: str) -> None:
    result = cli.invoke(app, args, input="/quit\n")
    assert result.exit_code == 1, result.output
    assert message in result.stderr
