"""`aceml grade` as a user runs it: bank items, references, batches, the lexical fallback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from aceml.cli.app import app
from aceml.grading import embeddings


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory per module: the embedding cache is computed once, as on a real machine."""
    return tmp_path_factory.mktemp("data")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> CliRunner:
    monkeypatch.setenv("ACEML_DATA_DIR", str(data_dir))
    for name in ("ACEML_CONTENT_DIR", "ACEML_CONTENT_PATH", "ACEML_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def grade(cli: CliRunner, *args: str) -> Result:
    return cli.invoke(app, ["grade", *args])


GOOD = (
    "Overfitting is when a model fits the noise of its training sample instead of the real signal, so it scores "
    "well on training data but poorly on unseen data. To avoid it I use a simpler model, regularization such as "
    "L1, L2 or dropout, more training data or augmentation, and cross-validation with early stopping."
)


def test_grade_item_json_shape_and_a_good_answer(cli: CliRunner) -> None:
    result = grade(cli, "overfitting", "--answer", GOOD, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"score", "key_points", "mistakes", "feedback"}
    assert set(data["key_points"][0]) >= {"id", "text", "status", "similarity", "evidence"}
    assert data["score"] >= 0.7


def test_negated_answer_scores_low(cli: CliRunner) -> None:
    data = json.loads(
        grade(
            cli,
            "overfitting",
            "--answer",
            "Overfitting is when the model does well on unseen data.",
            "--json",
        ).output
    )
    assert data["score"] <= 0.5
    assert {p["id"]: p["status"] for p in data["key_points"]}["definition"] == "missed"


def test_a_plain_paraphrase_of_the_definition_and_its_symptom_covers_them(cli: CliRunner) -> None:
    answer = (
        "Overfitting is when a model basically memorizes its training examples, noise and all, rather than"
        " learning the general relationship. The giveaway is that it does really well on the data it was"
        " trained on and then falls apart on new data it hasn't seen before."
    )
    data = json.loads(grade(cli, "overfitting", "--answer", answer, "--json").output)
    statuses = {p["id"]: p["status"] for p in data["key_points"]}
    assert statuses["definition"] != "missed" and statuses["symptom"] != "missed"
    assert statuses["regularization"] == "missed"  # and what it does not say stays missed


def test_human_view_marks_statuses(cli: CliRunner, tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("It memorises the noise in the training data.")
    result = grade(cli, "overfitting", "--answer-file", str(answer))
    assert result.exit_code == 0
    assert "Score" in result.output and "missed" in result.output and "You covered" in result.output


def test_grade_against_a_reference(cli: CliRunner, tmp_path: Path) -> None:
    reference = tmp_path / "reference.txt"
    reference.write_text("A paperclip is harder than a penny. Harder materials scratch softer ones.")
    data = json.loads(
        grade(
            cli,
            "--reference-file",
            str(reference),
            "--answer",
            "The paperclip is harder than the penny.",
            "--json",
        ).output
    )
    assert [p["id"] for p in data["key_points"]] == ["r1", "r2"]
    assert data["key_points"][0]["status"] == "covered"


def test_batch_keeps_order_and_reports_bad_lines(cli: CliRunner, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {
            "reference": "The sky is blue because of Rayleigh scattering.",
            "answer": "Rayleigh scattering makes it blue.",
        },
        "not json",
        {"answer": "no rubric"},
        {
            "key_points": ["Water boils at 100 C at sea level."],
            "answer": "At sea level water boils at 100 degrees C.",
        },
    ]
    batch.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")
    result = grade(cli, "--batch", str(batch), "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 4
    assert "score" in rows[0] and "score" in rows[3]
    assert rows[1]["error"].startswith("not valid JSON")
    assert "reference" in rows[2]["error"]


@pytest.mark.parametrize(
    "args", [["overfitting"], ["overfitting", "--answer", "a", "--answer-file", "b"], ["--answer", "x"]]
)
def test_bad_arguments_are_one_line_errors(cli: CliRunner, args: list[str]) -> None:
    result = grade(cli, *args)
    assert result.exit_code == 1
    assert "error:" in result.output and "Traceback" not in result.output


def test_grading_a_problem_is_refused(cli: CliRunner) -> None:
    result = grade(cli, "stable-softmax", "--answer", "x")
    assert result.exit_code == 1 and "judged, not graded" in result.output


def test_lexical_fallback_still_grades_and_says_so(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "model_available", lambda: False)
    data = json.loads(grade(cli, "overfitting", "--answer", GOOD, "--json").output)
    assert data["backend"] == "lexical"
    assert "not installed" in data["notes"][0]
    assert data["score"] > 0.3
    doctor = {c["name"]: c for c in json.loads(cli.invoke(app, ["doctor", "--json"]).output)}
    assert doctor["grader"]["status"] == "warn" and "LEXICAL" in doctor["grader"]["detail"]


def test_validate_reports_a_paraphrased_question_with_the_model(cli: CliRunner, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    source = (Path(__file__).resolve().parents[2] / "content/concept/overfitting.md").read_text()
    paraphrase = source.replace("id: overfitting", "id: overfit-again").replace(
        "prompt: What is overfitting, and how do you avoid it?",
        "prompt: What does overfitting mean and how can it be prevented?",
    )
    (pack / "overfit-again.md").write_text(paraphrase)
    result = cli.invoke(app, ["content", "validate", str(pack)])
    assert result.exit_code == 1
    assert "near-duplicate of 'overfitting'" in result.output


@pytest.mark.parametrize(
    "query",
    ["model great on training set but bad on new examples", "huge gap between train and validation accuracy"],
)
def test_semantic_search_finds_a_paraphrase_keywords_miss(cli: CliRunner, query: str) -> None:
    semantic = json.loads(cli.invoke(app, ["search", query, "-k", "3", "--json"]).output)
    assert any(hit["id"] in ("overfitting", "deep-net-overfitting") for hit in semantic)
    lexical = CliRunner().invoke(
        app, ["search", query, "-k", "3", "--json"], env={"ACEML_GRADER_BACKEND": "lexical"}
    )
    assert "overfitting" not in [hit["id"] for hit in json.loads(lexical.output)][:1]


def test_validate_reports_a_model_answer_that_misses_its_key_points(cli: CliRunner, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    source = (Path(__file__).resolve().parents[2] / "content/concept/overfitting.md").read_text()
    head, _, _body = source.partition("\n---\n")
    off_topic = (
        "Gradient boosting builds shallow trees one after another, each fitted to the residual errors of the "
        "ensemble so far, and adds them with a small learning rate. It is strong on tabular data, needs careful "
        "tuning of depth, learning rate and the number of trees, and can be parallelised per tree level."
    )
    (pack / "overfit-variant.md").write_text(
        head.replace("id: overfitting", "id: overfit-variant").replace(
            "What is overfitting, and how do you avoid it?",
            "Why does a flexible model fail on data it has not seen?",
        )
        + "\n---\n"
        + off_topic
        + "\n"
    )
    result = cli.invoke(app, ["content", "validate", str(pack)])
    assert result.exit_code == 1
    assert "overfit-variant.md: body (model answer): scores" in result.output


def test_a_dataset_tasks_written_analysis_is_graded_on_its_key_points(cli: CliRunner) -> None:
    answer = (
        "Dropping the group column made the gaps worse, because the postcode area and the length of the "
        "credit history still carry the group."
    )
    result = cli.invoke(app, ["grade", "fairness-audit", "--answer", answer, "--json"])
    assert result.exit_code == 0, result.output
    statuses = {point["id"]: point["status"] for point in json.loads(result.output)["key_points"]}
    assert statuses["unawareness"] == "covered"
    assert statuses["trade-off"] == "missed"


PARAPHRASES = [
    "how do I stop my model memorising the data",
    "model great on training set but bad on new examples",
    "why does a very flexible model fail on fresh inputs",
    "model memorises noise instead of the pattern",
    "my model does well on the data it was fit on but badly on data it has never seen",
]


def test_paraphrases_that_share_no_keyword_with_the_prompt_find_overfitting_first(cli: CliRunner) -> None:
    from aceml.grading.text import content_words

    prompt_words = set(content_words("What is overfitting, and how do you avoid it?"))
    firsts = 0
    for query in PARAPHRASES:
        assert not prompt_words & set(content_words(query)), query
        hits = json.loads(cli.invoke(app, ["search", query, "-k", "1", "--json"]).output)
        firsts += hits[0]["id"] == "overfitting"
    assert firsts >= 4


def test_bench_grader_reports_latency_per_length_and_on_topic(cli: CliRunner) -> None:
    result = cli.invoke(app, ["bench", "grader", "--json", "--repeats", "3"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("load_s", "p50_ms", "p95_ms", "rss_mb", "p50_ms_1", "p50_ms_8", "p50_ms_3_on_topic"):
        assert data[key] > 0, key
    assert data["p95_ms_8"] >= data["p50_ms_8"]
    assert cli.invoke(app, ["bench", "grader", "--repeats", "0"]).exit_code == 2  # a clear usage error
