"""``aceml ask``, ``review``, ``solve`` and ``report`` end to end through Typer's runner."""

from __future__ import annotations

import json
import shlex
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aceml.bank.collection import load_bank
from aceml.bank.models import ProblemItem
from aceml.cli.app import app
from aceml.clock import FixedClock
from aceml.config import shipped_content_dir
from aceml.review.scheduler import Evidence
from aceml.services.practice import ensure_local_user
from aceml.services.study import record_result
from aceml.store.database import Database

GOOD = (
    "Overfitting is when a model memorises the noise in its training data, so it scores well on training data "
    "but poorly on unseen data. I would use a simpler model, regularization such as L2 or dropout, more data, "
    "and cross-validation with early stopping."
)
CONTENT = shipped_content_dir()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACEML_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACEML_GRADER_BACKEND", "lexical")  # fast; the grader itself is tested elsewhere
    for name in ("ACEML_CONTENT_DIR", "ACEML_CONTENT_PATH", "ACEML_DATABASE_URL", "EDITOR", "VISUAL"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "data"


def report(cli: CliRunner) -> dict[str, object]:
    result = cli.invoke(app, ["report", "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_ask_grades_shows_the_model_answer_and_records_with_an_override(data_dir: Path) -> None:
    cli = CliRunner()
    result = cli.invoke(app, ["ask", "--id", "overfitting"], input=f"{GOOD}\n.\nhard\n")
    assert result.exit_code == 0, result.output
    assert "Model answer" in result.output and "covered" in result.output
    assert "Saved as hard" in result.output and "suggested" in result.output
    data = report(cli)
    assert data["attempts"] == 1 and data["streak_days"] == 1
    assert {"competencies", "topics", "history", "next_up"} <= data.keys()


def test_ask_picks_by_filters_and_refuses_bad_input_without_recording(data_dir: Path) -> None:
    cli = CliRunner()
    picked = cli.invoke(
        app, ["ask", "--topic", "ethics", "--kind", "concept", "--seed", "3", "--no-rate"], input=".\n"
    )
    assert picked.exit_code == 1 and "the answer is empty" in picked.output
    for args, message in [
        (["ask", "--id", "no-such-item"], "no-such-item"),
        (["ask", "--kind", "problem"], "aceml solve"),
        (["ask", "--topic", "astrology"], "astrology"),
        (["ask", "--difficulty", "brutal"], "brutal"),
        (
            ["ask", "--competency", "ethics", "--difficulty", "hard", "--topic", "cloud", "--kind", "case"],
            "no question",
        ),
        (["ask", "--id", "stable-softmax"], "prose"),
    ]:
        result = cli.invoke(app, args, input=f"{GOOD}\n.\n\n")
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output
    assert report(cli)["attempts"] == 0


def test_a_bad_rating_is_asked_again(data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["ask", "--id", "overfitting"], input=f"{GOOD}\n.\nsuperb\neasy\n")
    assert result.exit_code == 0, result.output
    assert "unknown rating 'superb'" in result.stderr and "Saved as easy" in result.output


def test_review_works_through_due_items_then_says_nothing_is_due(data_dir: Path) -> None:
    cli = CliRunner()
    assert cli.invoke(app, ["review"]).output.startswith("Nothing is due")
    database = Database.open(f"sqlite:///{data_dir / 'aceml.db'}")
    try:
        user = ensure_local_user(database=database, clock=FixedClock(datetime.now(UTC)))
        bank = load_bank([CONTENT])
        past = datetime.now(UTC) - timedelta(days=3)
        for item_id in ("overfitting", "stable-softmax"):
            record_result(
                database=database,
                now=past,
                user_id=user,
                item=bank.get(item_id),
                body="first try",
                result={},
                evidence=Evidence(score=0.1) if item_id == "overfitting" else Evidence(verdict="WA"),
            )
    finally:
        database.close()
    result = cli.invoke(app, ["review", "--no-rate"], input=f"{GOOD}\n.\n")
    assert result.exit_code == 0, result.output
    assert "overfitting" in result.output and "Saved as" in result.output
    assert "stable-softmax is due: run `aceml solve stable-softmax`" in result.output
    assert report(cli)["attempts"] == 3


def test_solve_opens_the_editor_then_judges_and_records(data_dir: Path, tmp_path: Path) -> None:
    bank = load_bank([CONTENT])
    problem = bank.get("stable-softmax")
    assert isinstance(problem, ProblemItem)
    reference = tmp_path / "reference.py"
    reference.write_text(problem.solution_code)
    cli = CliRunner()
    # A fake editor: copies the reference over the file the command opened.
    accepted = cli.invoke(app, ["solve", "stable-softmax", "--editor", f"cp {shlex.quote(str(reference))}"])
    assert accepted.exit_code == 0, accepted.output
    assert "AC" in accepted.output and "Saved as" in accepted.output
    assert (data_dir / "solutions" / "stable-softmax.py").read_text() == problem.solution_code
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def softmax(logits):\n    return logits\n")
    rejected = cli.invoke(
        app, ["solve", "stable-softmax", "--editor", f"cp {shlex.quote(str(wrong))}", "--json"]
    )
    assert rejected.exit_code == 1
    assert json.loads(rejected.output)["verdict"] == "WA"
    assert report(cli)["attempts"] == 2
    refused = cli.invoke(app, ["solve", "overfitting", "--editor", "true"])
    assert refused.exit_code == 1 and "aceml ask --id overfitting" in refused.output
    bad_rating = cli.invoke(app, ["solve", "stable-softmax", "--editor", "true", "--rating", "superb"])
    assert bad_rating.exit_code == 1 and "unknown rating" in bad_rating.output
