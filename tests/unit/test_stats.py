"""Stats count every taxonomy value, zero included."""

from __future__ import annotations

from pathlib import Path

from aceml.bank.collection import load_bank
from aceml.bank.stats import bank_stats
from aceml.bank.taxonomy import Topic
from tests.factories import write_dataset, write_problem


def test_counts(content_dir: Path) -> None:
    write_problem(content_dir / "problems")
    write_dataset(content_dir / "datasets")
    stats = bank_stats(load_bank([content_dir]))
    assert stats["total"] == 5
    assert stats["questions"] == 3
    assert stats["problems"] == 1
    assert stats["datasets"] == 1
    assert stats["cases"] == 0
    assert stats["by_stage"]["screening"] == 2
    assert stats["by_stage"]["ml-round"] == 2
    assert stats["by_topic"]["regularization"] == 1
    assert set(stats["by_topic"]) == {topic.value for topic in Topic}
    assert "regularization" in stats["thin_topics"] and "fundamentals" in stats["thin_topics"]
    assert stats["by_difficulty"] == {"easy": 4, "medium": 1, "hard": 0}
