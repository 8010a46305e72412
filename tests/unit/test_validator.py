"""The validator names the file, the field and the reason for every kind of broken item."""

from __future__ import annotations

from pathlib import Path

import pytest

from aceml.bank.collection import load_bank, validate_paths
from aceml.bank.loader import display_path
from aceml.bank.models import DatasetItem
from tests.factories import concept_fields, write_dataset, write_item, write_problem


def problems_of(root: Path, context: list[Path] | None = None) -> list[str]:
    _, problems = validate_paths([root], context or [])
    return [str(problem) for problem in problems]


def test_valid_bank_has_no_problems(content_dir: Path) -> None:
    valid, problems = validate_paths([content_dir])
    assert problems == []
    assert valid == 3


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\nid: broken\nkind: concept\ntopics: [fundamentals\n---\nbody\n")
    [problem] = problems_of(tmp_path)
    assert problem.startswith(f"{display_path(path)}: front matter: invalid YAML at line ")
    line = int(problem.split("line ")[1].split(",")[0])
    assert line in (4, 5)  # the unclosed list on line 4 is reported where YAML notices it


def test_missing_front_matter(tmp_path: Path) -> None:
    (tmp_path / "plain.md").write_text("Just some text without fields.\n")
    [problem] = problems_of(tmp_path)
    assert "plain.md: front matter: missing front matter" in problem


def test_unclosed_front_matter(tmp_path: Path) -> None:
    (tmp_path / "open.md").write_text("---\nid: open\nkind: concept\n")
    [problem] = problems_of(tmp_path)
    assert "open.md: front matter: front matter is not closed" in problem


def test_front_matter_that_is_a_list(tmp_path: Path) -> None:
    (tmp_path / "listy.md").write_text("---\n- id\n- kind\n---\nbody\n")
    [problem] = problems_of(tmp_path)
    assert "listy.md: front matter: front matter must be a mapping" in problem


def test_missing_required_field(tmp_path: Path) -> None:
    write_item(tmp_path, "no-prompt", prompt=None)
    [problem] = problems_of(tmp_path)
    assert problem.endswith("no-prompt.md: prompt: required field is missing")


def test_missing_kind_lists_the_kinds(tmp_path: Path) -> None:
    write_item(tmp_path, "no-kind", kind=None)
    [problem] = problems_of(tmp_path)
    assert "no-kind.md: kind: required field is missing (one of behavioral, case, concept, design)" in problem


def test_unknown_topic_suggests_the_closest(tmp_path: Path) -> None:
    write_item(tmp_path, "spelling", topics=["fundamentals", "regularisation"])
    [problem] = problems_of(tmp_path)
    assert (
        "spelling.md: topics[1]: unknown topic 'regularisation' (did you mean 'regularization'?)" in problem
    )


def test_unknown_stage_and_competency(tmp_path: Path) -> None:
    write_item(tmp_path, "labels", stages=["onsite"], competencies=["charisma"])
    problems = problems_of(tmp_path)
    assert any("labels.md: stages[0]: unknown stage 'onsite'" in p for p in problems)
    assert any("labels.md: competencies[0]: unknown competency 'charisma'" in p for p in problems)


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    write_item(tmp_path / "a", "twin")
    write_item(tmp_path / "b", "twin")
    [problem] = problems_of(tmp_path)
    assert problem.startswith(display_path(tmp_path / "b" / "twin.md") + ": id: duplicate id 'twin'")
    assert display_path(tmp_path / "a" / "twin.md") in problem


def test_dangling_follow_up(tmp_path: Path) -> None:
    write_item(tmp_path, "lonely", follow_ups=["does-not-exist"])
    [problem] = problems_of(tmp_path)
    assert problem.endswith("lonely.md: follow_ups: unknown item id 'does-not-exist'")


def test_own_follow_up(tmp_path: Path) -> None:
    write_item(tmp_path, "loop", follow_ups=["loop"])
    [problem] = problems_of(tmp_path)
    assert problem.endswith("loop.md: follow_ups: an item cannot be its own follow-up")


@pytest.mark.parametrize("count", [2, 8])
def test_wrong_key_point_count(tmp_path: Path, count: int) -> None:
    points = [{"id": f"p{i}", "text": f"Point number {i} is a checkable idea."} for i in range(count)]
    write_item(tmp_path, "counted", key_points=points)
    [problem] = problems_of(tmp_path)
    assert problem.endswith(f"counted.md: key_points: expected 3 to 7 key points, found {count}")


@pytest.mark.parametrize("weight", [0, -1, 9])
def test_key_point_weight_out_of_range(tmp_path: Path, weight: float) -> None:
    points = concept_fields("x")["key_points"]
    points[1]["weight"] = weight
    write_item(tmp_path, "weighted", key_points=points)
    [problem] = problems_of(tmp_path)
    assert "weighted.md: key_points[1].weight:" in problem


def test_duplicate_key_point_ids(tmp_path: Path) -> None:
    points = concept_fields("x")["key_points"]
    points[2]["id"] = points[0]["id"]
    write_item(tmp_path, "dupes", key_points=points)
    [problem] = problems_of(tmp_path)
    assert "dupes.md: key_points: key point id 'definition' is listed twice" in problem


def test_wrong_type_names_the_type(tmp_path: Path) -> None:
    write_item(tmp_path, "typed", topics="fundamentals")
    [problem] = problems_of(tmp_path)
    assert "typed.md: topics: Input should be a valid list (got str)" in problem


def test_unknown_field_lists_allowed_fields(tmp_path: Path) -> None:
    write_item(tmp_path, "typo", key_point="oops")
    [problem] = problems_of(tmp_path)
    assert "typo.md: key_point: unknown field; allowed fields here:" in problem
    assert "key_points" in problem


def test_short_model_answer(tmp_path: Path) -> None:
    write_item(tmp_path, "terse", body="Too short.")
    [problem] = problems_of(tmp_path)
    assert "terse.md: body (model answer): the model answer" in problem
    assert "has 2 words" in problem


def test_id_must_match_file_name(tmp_path: Path) -> None:
    write_item(tmp_path, "inside", name="outside")
    [problem] = problems_of(tmp_path)
    assert "outside.md: id: 'inside' must match the file or folder name 'outside'" in problem


def test_problem_kind_in_a_single_file_is_explained(tmp_path: Path) -> None:
    write_item(tmp_path, "solo", kind="problem")
    [problem] = problems_of(tmp_path)
    assert "solo.md: kind: 'problem' items are folders with problem.md" in problem


def test_reserved_loader_field(tmp_path: Path) -> None:
    write_item(tmp_path, "hashy", content_hash="abc")
    [problem] = problems_of(tmp_path)
    assert "hashy.md: content_hash: is set by the loader; remove it" in problem


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "latin.md").write_bytes("---\nid: latin\n---\ncaf\xe9\n".encode("latin-1"))
    [problem] = problems_of(tmp_path)
    assert "latin.md: not valid UTF-8 text" in problem


def test_missing_path(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path / "nowhere")
    assert problem.endswith("nowhere: path does not exist")


def test_every_problem_of_a_file_is_reported(tmp_path: Path) -> None:
    write_item(tmp_path, "many", topics=["nope"], difficulty="trivial", prompt=None)
    problems = problems_of(tmp_path)
    assert len(problems) == 3


def test_pack_follow_ups_resolve_into_context_and_clashes_are_caught(
    tmp_path: Path, content_dir: Path
) -> None:
    pack = tmp_path / "pack"
    write_item(pack, "team-question", follow_ups=["overfitting"])
    write_item(pack, "overfitting")
    problems = problems_of(pack, context=[content_dir])
    assert len(problems) == 1
    assert "pack/overfitting.md: id: duplicate id 'overfitting'" in problems[0]


def test_problem_folder_loads(tmp_path: Path) -> None:
    write_problem(tmp_path)
    bank = load_bank([tmp_path])
    assert bank.problems == ()
    problem = bank.get("add-vectors")
    assert problem.kind == "problem"
    assert problem.title == "Add two vectors"


def test_problem_folder_missing_file(tmp_path: Path) -> None:
    folder = write_problem(tmp_path)
    (folder / "tests.yaml").unlink()
    [problem] = problems_of(tmp_path)
    assert problem.endswith("add-vectors/tests.yaml: file is missing")


def test_problem_solution_syntax_error_and_missing_entry_point(tmp_path: Path) -> None:
    folder = write_problem(tmp_path)
    (folder / "solution.py").write_text("def add(a, b)\n    return a\n")
    (folder / "starter.py").write_text("def plus(a, b):\n    pass\n")
    problems = problems_of(tmp_path)
    assert any("solution.py: line 1: Python syntax error" in p for p in problems)
    assert any("starter.py: entry_point: does not define a function 'add'" in p for p in problems)


def test_problem_tests_file_must_be_a_mapping(tmp_path: Path) -> None:
    folder = write_problem(tmp_path)
    (folder / "tests.yaml").write_text("- input: {}\n")
    [problem] = problems_of(tmp_path)
    assert "tests.yaml: must be a mapping with 'sample' and 'hidden' lists" in problem


def test_problem_limits_checked(tmp_path: Path) -> None:
    write_problem(tmp_path, limits={"cpu_s": 5, "wall_s": 1, "memory_mb": 256})
    [problem] = problems_of(tmp_path)
    assert "problem.md: limits: wall_s must be at least cpu_s" in problem


def test_dataset_folder_loads_and_needs_scoring_analysis_and_entry_points(tmp_path: Path) -> None:
    write_dataset(tmp_path)
    bank = load_bank([tmp_path])
    churn = bank.get("churn")
    assert isinstance(churn, DatasetItem)
    assert churn.passes(0.8) and not churn.passes(0.79)
    bad = write_dataset(
        tmp_path / "more",
        "bad-task",
        analysis={"prompt": "Why?", "key_points": []},
        limits={"cpu_s": 5, "wall_s": 30, "memory_mb": 256},
    )
    (bad / "task.md").write_text((bad / "task.md").read_text().replace("## Scoring", "## Notes"))
    (bad / "score.py").write_text("def grade(y_true, y_pred, X):\n    return 0.0\n")
    problems = problems_of(tmp_path / "more")
    assert any("score.py" in p and "'score'" in p for p in problems), problems
    (bad / "score.py").write_text("def score(y_true, y_pred, X):\n    return 0.0\n")
    problems = problems_of(tmp_path / "more")
    assert any("'## Scoring' section" in p for p in problems), problems
    assert any("analysis" in p and "key_points" in p for p in problems), problems
    assert any("memory_mb >= 1024" in p for p in problems), problems


def test_problem_needs_a_known_group_and_a_checking_section(tmp_path: Path) -> None:
    folder = write_problem(tmp_path, group="puzzles")
    text = (folder / "problem.md").read_text()
    (folder / "problem.md").write_text(text.split("## Checking")[0])
    problems = problems_of(tmp_path)
    assert any("group" in p and "puzzles" in p for p in problems), problems
    assert any("'## Checking' section" in p for p in problems), problems
