"""`aceml judge`, `aceml show` for problems, and `aceml doctor`'s judge line, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from aceml.cli.app import app
from aceml.config import shipped_content_dir

PROBLEM = "stable-softmax"
FOLDER = shipped_content_dir() / "problems" / PROBLEM


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("ACEML_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACEML_JUDGE_WORKERS", "1")
    for name in ("ACEML_CONTENT_DIR", "ACEML_CONTENT_PATH", "ACEML_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def judge(cli: CliRunner, *args: str) -> Result:
    return cli.invoke(app, ["judge", *args])


def test_reference_solution_is_accepted_with_the_documented_json(cli: CliRunner) -> None:
    result = judge(cli, PROBLEM, str(FOLDER / "solution.py"), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"verdict", "passed", "total", "cpu_ms", "wall_ms", "memory_kib", "sandbox", "tests"}
    assert data["verdict"] == "AC" and data["passed"] == data["total"] >= 13
    assert set(data["tests"][0]) >= {
        "index",
        "sample",
        "verdict",
        "cpu_ms",
        "wall_ms",
        "memory_kib",
        "message",
    }


def test_wrong_solution_shows_a_table_and_exits_1(cli: CliRunner) -> None:
    wrong = sorted((FOLDER / "wrong").glob("*.py"))[0]
    result = judge(cli, PROBLEM, str(wrong))
    assert result.exit_code == 1
    assert "verdict" in result.output and "hidden" in result.output and "sample" in result.output
    assert "tests passed" in result.output


def test_samples_only_runs_only_samples(cli: CliRunner) -> None:
    data = json.loads(judge(cli, PROBLEM, str(FOLDER / "solution.py"), "--json", "--samples-only").output)
    assert data["total"] == 3 and all(test["sample"] for test in data["tests"])


def test_hidden_failures_reveal_only_the_exception_type(cli: CliRunner, tmp_path: Path) -> None:
    leaky = tmp_path / "leaky.py"
    leaky.write_text("def softmax(logits):\n    raise ValueError('input was ' + repr(logits.tolist()))\n")
    data = json.loads(judge(cli, PROBLEM, str(leaky), "--json").output)
    assert data["verdict"] == "RE"
    hidden = [test for test in data["tests"] if not test["sample"]]
    assert {test["message"] for test in hidden} == {"ValueError"}
    assert all("input was" in test["message"] for test in data["tests"] if test["sample"])


def test_a_10_mb_source_is_rejected_clearly(cli: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    big.write_text("# padding\n" * 1_000_000)
    result = judge(cli, PROBLEM, str(big))
    assert result.exit_code == 1
    assert "error:" in result.output and "64 KiB" in result.output
    assert "Traceback" not in result.output


def test_a_70_kib_source_is_rejected_by_the_service(cli: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    big.write_text("x = 1\n" * 12_000)
    result = judge(cli, PROBLEM, str(big))
    assert result.exit_code == 1
    assert "the limit is 64 KiB" in result.output


def test_judging_a_question_is_refused(cli: CliRunner) -> None:
    result = judge(cli, "overfitting", str(FOLDER / "solution.py"))
    assert result.exit_code == 1
    assert "not a coding problem" in result.output


def test_missing_file_is_one_line(cli: CliRunner) -> None:
    result = judge(cli, PROBLEM, "/nonexistent/solution.py")
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_show_problem_json_has_the_contract_and_no_secrets(cli: CliRunner) -> None:
    data = json.loads(cli.invoke(app, ["show", PROBLEM, "--json"]).output)
    assert data["entry_point"] == "softmax"
    assert data["signature"].startswith("def softmax")
    assert set(data["limits"]) == {"cpu_s", "wall_s", "memory_mb"}
    assert len(data["sample_tests"]) >= 3
    text = json.dumps(data)
    assert "hidden_tests" not in data and "solution_code" not in data and "expected" not in text
    tests = yaml.safe_load((FOLDER / "tests.yaml").read_text())
    assert all(test["name"] in text for test in tests["sample"])
    assert not any(json.dumps(test["name"]) in text for test in tests["hidden"])


def test_doctor_reports_full_sandbox_or_warns_when_degraded(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = {c["name"]: c for c in json.loads(cli.invoke(app, ["doctor", "--json"]).output)}
    assert checks["judge"]["status"] in ("ok", "warn")
    monkeypatch.setenv("ACEML_JUDGE_PYTHON", "/nonexistent/python3")
    degraded = {c["name"]: c for c in json.loads(cli.invoke(app, ["doctor", "--json"]).output)}
    assert degraded["judge"]["status"] == "warn"
    assert "DEGRADED" in degraded["judge"]["detail"]


def test_bench_judge_json_keys(cli: CliRunner) -> None:
    result = cli.invoke(app, ["bench", "judge", "--json", "--submissions", "10", "--dataset-runs", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in (
        "overhead_p50_ms",
        "overhead_p95_ms",
        "throughput_1",
        "throughput_2",
        "baseline_p50_ms",
        "speedup_vs_baseline",
        "dataset_p50_ms",
    ):
        assert data[key] > 0
    assert data["all_accepted_with_2_workers"] is True
    assert data["dataset_task"] == "digits-multiclass" and data["dataset_reference_accepted"] is True


def test_judge_cli_scores_a_dataset_task_on_both_splits(cli: CliRunner, tmp_path: Path) -> None:
    solution = tmp_path / "majority.py"
    solution.write_text("def fit_predict(X_train, y_train, X_test):\n    return [0] * len(X_test)\n")
    result = cli.invoke(app, ["judge", "digits-multiclass", str(solution), "--json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    assert data["verdict"] == "WA" and data["public_score"] < data["threshold"]
    assert {"private_score", "gap", "passed_public", "passed_private"} <= data.keys()
    shown = cli.invoke(app, ["judge", "digits-multiclass", str(solution)])
    assert "public" in shown.output and "private" in shown.output and "WA" in shown.output


def test_show_renders_the_checking_section_and_the_full_signature(cli: CliRunner) -> None:
    result = cli.invoke(app, ["show", "top-k-frequent"])
    assert result.exit_code == 0, result.output
    assert "Checking" in result.output and "alphabetical" in result.output
    assert "list[str]" in result.output  # rich markup must not eat the brackets
