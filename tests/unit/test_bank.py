"""Loading at serve time: invalid items are skipped and counted; the rest of the bank loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from aceml.bank.collection import load_bank
from aceml.bank.models import FreeTextItem
from aceml.bank.taxonomy import Kind, Stage, Topic
from aceml.bank.views import public_view
from aceml.errors import ItemNotFound
from tests.factories import write_item, write_problem


def test_invalid_items_are_skipped_and_counted(content_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_item(content_dir / "concept", "broken", topics=["nope"])
    (content_dir / "concept" / "garbage.md").write_text("no front matter at all")
    bank = load_bank([content_dir])
    assert len(bank) == 3
    assert bank.skipped == 2
    assert "broken" not in bank
    assert any("unknown topic 'nope'" in message for message in caplog.messages)


def test_dangling_follow_up_is_dropped_but_item_kept(content_dir: Path) -> None:
    write_item(content_dir / "concept", "linked", follow_ups=["overfitting", "ghost"])
    bank = load_bank([content_dir])
    item = bank.get("linked")
    assert isinstance(item, FreeTextItem)
    assert item.follow_ups == ["overfitting"]
    assert len(bank.problems) == 1


def test_extra_content_path_loads_after_shipped(content_dir: Path, tmp_path: Path) -> None:
    pack = tmp_path / "team-pack"
    write_item(pack, "team-only", follow_ups=["overfitting"])
    write_item(pack, "overfitting", prompt="A clashing team version")
    bank = load_bank([content_dir, pack])
    assert "team-only" in bank
    shipped = bank.get("overfitting")
    assert isinstance(shipped, FreeTextItem)
    assert shipped.prompt != "A clashing team version"  # the shipped item wins; the clash is reported
    assert bank.skipped == 1


def test_missing_directory_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    bank = load_bank([tmp_path / "missing"])
    assert len(bank) == 0
    assert str(bank.problems[0]).endswith("missing: path does not exist")


def test_get_unknown_suggests_close_ids(content_dir: Path) -> None:
    bank = load_bank([content_dir])
    with pytest.raises(ItemNotFound) as info:
        bank.get("overfiting")
    assert info.value.suggestions == ["overfitting"]
    assert "did you mean: overfitting" in str(info.value)


def test_select_filters_combine(content_dir: Path) -> None:
    bank = load_bank([content_dir])
    assert [i.id for i in bank.select(kind=Kind.BEHAVIORAL)] == ["walk-through-resume"]
    assert [i.id for i in bank.select(stage=Stage.ML_ROUND)] == ["bias-variance"]
    assert [i.id for i in bank.select(topic=Topic.REGULARIZATION, kind=Kind.CONCEPT)] == ["overfitting"]
    assert bank.select(topic=Topic.REGULARIZATION, kind=Kind.BEHAVIORAL) == []


def test_content_hash_changes_with_content(content_dir: Path) -> None:
    first = load_bank([content_dir]).get("overfitting").content_hash
    write_item(content_dir / "concept", "overfitting", body="A different model answer. " * 10)
    second = load_bank([content_dir]).get("overfitting").content_hash
    assert len(first) == 64
    assert first != second


def test_public_view_of_a_problem_hides_hidden_tests_and_solutions(tmp_path: Path) -> None:
    write_problem(tmp_path)
    view = public_view(load_bank([tmp_path]).get("add-vectors"))
    text = repr(view)
    assert "SECRET-HIDDEN-CASE" not in text
    assert "zip(a, b)" not in text  # the reference solution
    assert "first_only" not in text
    assert view["hidden_test_count"] == 1
    assert view["sample_tests"] == [{"input": {"a": [1, 2], "b": [3, 4]}, "name": None}]
    assert view["entry_point"] == "add"


def test_frontmatter_accepts_bom_and_crlf(tmp_path: Path) -> None:
    path = write_item(tmp_path, "windows")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    bank = load_bank([tmp_path])
    assert bank.problems == ()
    assert "windows" in bank
