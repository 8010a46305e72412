"""The command line as a user runs it: exit codes, one-line errors, JSON shapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from aceml.cli.app import app
from tests.factories import write_item, write_problem

Invoke = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content_dir: Path) -> Invoke:
    monkeypatch.setenv("ACEML_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("ACEML_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACEML_GRADER_BACKEND", "lexical")  # fast; the MiniLM path is tested in tests/grading
    monkeypatch.delenv("ACEML_CONTENT_PATH", raising=False)
    monkeypatch.delenv("ACEML_DATABASE_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(app, list(args))

    return invoke


def test_validate_ok(run: Invoke) -> None:
    result = run("content", "validate")
    assert result.exit_code == 0
    assert "OK: 3 item(s) valid" in result.output


def test_validate_reports_each_problem_and_exits_1(run: Invoke, content_dir: Path) -> None:
    write_item(content_dir / "concept", "bad-topic", topics=["astrology"])
    (content_dir / "concept" / "bad-yaml.md").write_text("---\nid: [unclosed\n---\nbody\n")
    result = run("content", "validate")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert any("bad-topic.md: topics[0]: unknown topic 'astrology'" in line for line in lines)
    assert any("bad-yaml.md: front matter: invalid YAML at line" in line for line in lines)
    assert "Traceback" not in result.output
    assert "2 problem(s) in 2 file(s); 3 item(s) valid" in result.output


def test_validate_a_pack_against_the_shipped_bank(run: Invoke, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    write_item(pack, "team-q", follow_ups=["overfitting"])
    assert run("content", "validate", str(pack)).exit_code == 0
    write_item(pack, "team-r", follow_ups=["nowhere"])
    result = run("content", "validate", str(pack))
    assert result.exit_code == 1
    assert "team-r.md: follow_ups: unknown item id 'nowhere'" in result.output


def test_validating_the_shipped_directory_by_path_finds_no_self_duplicates(
    run: Invoke, content_dir: Path
) -> None:
    result = run("content", "validate", str(content_dir))
    assert result.exit_code == 0, result.output
    assert "OK: 3 item(s) valid" in result.output


def test_near_duplicate_prompts_are_reported(run: Invoke, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    write_item(pack, "overfitting-again", prompt="Explain overfitting!")
    result = run("content", "validate", str(pack))
    assert result.exit_code == 1
    assert "overfitting-again.md: prompt: near-duplicate of 'overfitting'" in result.output


def test_extra_content_path_is_loaded(run: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    write_item(tmp_path / "pack", "team-only")
    monkeypatch.setenv("ACEML_CONTENT_PATH", str(tmp_path / "pack"))
    assert json.loads(run("content", "stats", "--json").output)["total"] == 4


def test_stats_json_shape(run: Invoke) -> None:
    result = run("content", "stats", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    for key in (
        "questions",
        "problems",
        "datasets",
        "cases",
        "by_topic",
        "by_stage",
        "by_competency",
        "by_difficulty",
    ):
        assert key in data
    assert data["questions"] == 3
    assert data["by_competency"]["communication"] == 1


def test_stats_table(run: Invoke) -> None:
    result = run("content", "stats")
    assert result.exit_code == 0
    assert "3 items: 3 questions" in result.output
    assert "screening" in result.output
    assert "Topics with fewer than 5 items:" in result.output


def test_show_human_and_json(run: Invoke) -> None:
    human = run("show", "overfitting")
    assert human.exit_code == 0
    assert "Key points" in human.output
    assert "Model answer" in human.output
    data = json.loads(run("show", "overfitting", "--json").output)
    assert data["id"] == "overfitting"
    assert data["follow_ups"] == ["bias-variance"]
    assert len(data["key_points"]) == 3


def test_show_problem_never_shows_hidden_tests(run: Invoke, content_dir: Path) -> None:
    write_problem(content_dir / "problems")
    human = run("show", "add-vectors")
    raw = run("show", "add-vectors", "--json")
    for result in (human, raw):
        assert result.exit_code == 0
        assert "SECRET-HIDDEN-CASE" not in result.output
        assert "zip(a, b)" not in result.output
    assert "1 hidden tests" in human.output
    data = json.loads(raw.output)
    assert data["signature"].startswith("def add(")
    assert data["limits"] == {"cpu_s": 1.0, "wall_s": 3.0, "memory_mb": 256}


def test_show_unknown_id_is_one_line_and_exit_1(run: Invoke) -> None:
    result = run("show", "overfiting")
    assert result.exit_code == 1
    assert "error: no item with id 'overfiting' (did you mean: overfitting?)" in result.output
    assert "Traceback" not in result.output


def test_search(run: Invoke) -> None:
    data = json.loads(run("search", "bias variance tradeoff", "-k", "2", "--json").output)
    assert data[0]["id"] == "bias-variance"
    assert data[0]["score"] > 0
    assert len(data) <= 2
    table = run("search", "resume")
    assert "walk-through-resume" in table.output
    assert "No matching items." in run("search", "zebra").output


def test_search_bad_k_is_refused(run: Invoke) -> None:
    result = run("search", "x", "-k", "0")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_doctor(run: Invoke) -> None:
    result = run("doctor", "--json")
    assert result.exit_code == 0
    checks = {check["name"]: check for check in json.loads(result.output)}
    assert checks["database"]["status"] == "ok"
    assert "schema 0002" in checks["database"]["detail"]
    assert checks["content"]["status"] == "ok"
    human = run("doctor")
    assert "content: 3 items loaded" in human.output


def test_doctor_counts_skipped_items(run: Invoke, content_dir: Path) -> None:
    write_item(content_dir / "concept", "broken", difficulty="impossible")
    checks = {c["name"]: c for c in json.loads(run("doctor", "--json").output)}
    assert checks["content"]["status"] == "warn"
    assert "1 invalid item(s) skipped" in checks["content"]["detail"]


def test_doctor_fails_on_unusable_database(
    run: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "garbage.db").write_bytes(b"not sqlite" * 200)
    monkeypatch.setenv("ACEML_DATABASE_URL", f"sqlite:///{tmp_path / 'garbage.db'}")
    result = run("doctor")
    assert result.exit_code == 1
    assert "fail" in result.output and "database" in result.output


def test_bad_configuration_is_one_line(run: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACEML_PORT", "nope")
    result = run("content", "stats")
    assert result.exit_code == 1
    assert "error: invalid configuration: ACEML_PORT" in result.output


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_serve_refuses_non_loopback_in_local_mode(run: Invoke, host: str) -> None:
    result = run("serve", "--host", host)
    assert result.exit_code == 1
    assert "binds only to this machine" in result.output


def test_serve_in_server_mode_needs_a_real_secret_and_may_bind_any_host(
    run: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACEML_MODE", "server")
    monkeypatch.setenv("ACEML_SECRET_KEY", "short")
    refused = run("serve")
    assert refused.exit_code == 1 and "ACEML_SECRET_KEY" in refused.output
    monkeypatch.setenv("ACEML_SECRET_KEY", "s" * 40)
    started: dict[str, object] = {}
    monkeypatch.setattr("uvicorn.run", lambda _app, **kwargs: started.update(kwargs))
    result = run("serve", "--host", "0.0.0.0")
    assert result.exit_code == 0, result.output
    assert started["host"] == "0.0.0.0"
