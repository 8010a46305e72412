"""Practice through the web app and its JSON API (local mode)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from aceml.config import Settings, shipped_content_dir
from aceml.services.runtime import Runtime
from aceml.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    runtime = Runtime(
        Settings(
            data_dir=tmp_path / "data",
            content_dir=shipped_content_dir(),
            content_path=[],
            grader_backend="lexical",
        )
    )
    with TestClient(create_app(runtime)) as test_client:
        yield test_client
    runtime.close()


def test_answer_feedback_rating_and_progress_through_the_api(client: TestClient) -> None:
    assert client.put("/api/v1/drafts/overfitting", json={"body": "half an answer"}).status_code == 204
    page = client.get("/practice/overfitting")
    assert "half an answer" in page.text
    answered = client.post(
        "/api/v1/items/overfitting/answers", json={"answer": "It memorises noise in training data."}
    )
    assert answered.status_code == 200, answered.text
    data = answered.json()
    assert {"key_points", "score"} <= data["grade"].keys() and data["recorded"]["rating"] in (
        "again",
        "hard",
        "good",
        "easy",
    )
    attempt = data["recorded"]["attempt_id"]
    assert "half an answer" not in client.get("/practice/overfitting").text  # the draft went with the answer
    rated = client.post(f"/api/v1/attempts/{attempt}/rating", json={"rating": "easy"})
    assert rated.status_code == 200 and rated.json()["rating"] == "easy"
    assert client.post(f"/api/v1/attempts/{attempt}/rating", json={"rating": "superb"}).status_code == 422
    assert client.post("/api/v1/attempts/999/rating", json={"rating": "easy"}).status_code == 404
    progress = client.get("/api/v1/progress").json()
    assert progress["attempts"] == 1 and len(progress["competencies"]) == 5
    dashboard = client.get("/progress").text
    assert "built-in method" not in dashboard and re.search(r"<td>\d+/\d+</td>", dashboard)
    for page_url in ("/review", "/progress", "/solve/stable-softmax", "/solve/digits-multiclass"):
        assert client.get(page_url).status_code == 200, page_url


def test_bad_input_gets_clear_errors_and_answers_are_escaped(client: TestClient) -> None:
    assert client.post("/api/v1/items/overfitting/answers", json={"answer": ""}).status_code == 422
    assert client.post("/api/v1/items/no-such/answers", json={"answer": "x"}).status_code == 404
    wrong_kind = client.post("/api/v1/items/stable-softmax/answers", json={"answer": "x"})
    assert wrong_kind.status_code == 400 and "judged" in wrong_kind.json()["detail"]
    empty = client.post("/practice/overfitting", data={"answer": "  "})
    assert empty.status_code == 400 and "empty" in empty.text
    page = client.post(
        "/practice/overfitting", data={"answer": "<script>alert(1)</script> overfitting memorises noise"}
    )
    assert page.status_code == 200
    assert (
        "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    )
    assert client.post("/solve/stable-softmax", data={"code": "", "action": "submit"}).status_code in (
        400,
        422,
    )
    assert (
        client.post("/solve/stable-softmax", data={"code": "x = 1", "action": "explode"}).status_code == 422
    )


def test_samples_only_are_not_recorded_and_a_submission_is(client: TestClient) -> None:
    code = "import numpy as np\ndef softmax(logits):\n    e = np.exp(logits - logits.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)\n"
    samples = client.post(
        "/api/v1/items/stable-softmax/submissions", json={"code": code, "samples_only": True}
    ).json()
    assert samples["recorded"] is None and samples["result"]["verdict"] == "AC"
    assert all(test["sample"] for test in samples["result"]["tests"])
    assert client.get("/api/v1/items/stable-softmax/submissions").json() == []  # samples leave no history
    submitted = client.post("/api/v1/items/stable-softmax/submissions", json={"code": code}).json()
    assert submitted["recorded"]["rating"] in ("good", "easy") and submitted["result"]["total"] >= 13
    client.post(
        "/api/v1/items/stable-softmax/submissions", json={"code": "def softmax(logits):\n    return logits\n"}
    )
    history = client.get("/api/v1/items/stable-softmax/submissions").json()
    assert [row["verdict"] for row in history] == ["WA", "AC"]  # newest first
    assert history[1]["passed"] == 1.0 and history[0]["passed"] < 1.0
    page = client.get("/solve/stable-softmax").text
    assert "Your submissions" in page and page.index("WA") < page.index("100% passed")


def test_settings_target_and_progress_round_trip_through_the_browser_forms(
    client: TestClient, tmp_path: Path
) -> None:
    assert (
        client.post("/api/v1/items/overfitting/answers", json={"answer": "It memorises noise."}).status_code
        == 200
    )
    saved = client.post("/settings", data={"role": "data-scientist", "level": "senior"})
    assert saved.status_code == 200 and "Saved." in saved.text
    page = client.get("/settings").text
    assert "<option selected>data-scientist</option>" in page and "<option selected>senior</option>" in page
    assert client.post("/settings", data={"role": "astronaut", "level": "mid"}).status_code == 400
    exported = client.get("/settings/export")
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    document = exported.json()
    assert document["format"] == "aceml-progress" and len(document["attempts"]) == 1
    again = client.post(
        "/settings/import", files={"file": ("p.json", json.dumps(document).encode(), "application/json")}
    )
    assert again.status_code == 200 and "0 attempts added, 1 already here" in again.text
    bad = client.post("/settings/import", files={"file": ("p.json", b"{not json", "application/json")})
    assert bad.status_code == 400 and "not a JSON progress file" in bad.text
    assert client.get("/api/v1/progress").json()["attempts"] == 1


def test_bench_web_reports_latency_per_page_type_and_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from aceml.cli.app import app

    monkeypatch.setenv("ACEML_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACEML_GRADER_BACKEND", "lexical")
    result = CliRunner().invoke(
        app, ["bench", "web", "--json", "--users", "3", "--seconds", "2", "--think", "0.02"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in (
        "page_p50_ms",
        "page_p99_ms",
        "answer_p50_ms",
        "answer_p99_ms",
        "bank_p99_ms",
        "dashboard_p50_ms",
    ):
        assert data[key] > 0, key
    assert data["errors"] == 0 and data["requests"] >= 15
    assert not (
        tmp_path / "data" / "aceml.db"
    ).exists()  # the benchmark never touches the candidate's database


def test_local_mode_refuses_changes_sent_from_another_site(client: TestClient) -> None:
    draft = {"body": "half an answer"}
    evil = client.put("/api/v1/drafts/overfitting", json=draft, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403 and "cross-site" in evil.json()["detail"]
    fetched = client.put("/api/v1/drafts/overfitting", json=draft, headers={"Sec-Fetch-Site": "cross-site"})
    assert fetched.status_code == 403
    form = client.post(
        "/practice/overfitting", data={"answer": "forged"}, headers={"Origin": "http://evil.example"}
    )
    assert form.status_code == 403 and "cross-site" in form.text
    assert "half an answer" not in client.get("/practice/overfitting").text  # nothing was saved
    own = client.put("/api/v1/drafts/overfitting", json=draft, headers={"Origin": "http://testserver"})
    assert own.status_code == 204  # aceml's own pages
    assert client.put("/api/v1/drafts/overfitting", json=draft).status_code == 204  # the CLI, scripts
