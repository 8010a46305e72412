"""The shipped bank: valid, broad enough for every stage and competency, and well formed."""

from __future__ import annotations

import pytest

from aceml.bank.collection import Bank, load_bank, validate_paths
from aceml.bank.models import FreeTextItem
from aceml.bank.stats import bank_stats
from aceml.bank.taxonomy import Competency, Kind, Stage
from aceml.config import shipped_content_dir

SCREENING_ESSENTIALS = [
    "ml-types",
    "train-vs-test-sets",
    "ai-vs-ml-vs-dl",
    "overfitting",
    "classification-vs-regression",
]


def _prose(bank: Bank) -> list[FreeTextItem]:
    return [item for item in bank if isinstance(item, FreeTextItem)]


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank([shipped_content_dir()])


def test_shipped_content_is_valid() -> None:
    valid, problems = validate_paths([shipped_content_dir()])
    assert [str(problem) for problem in problems] == []
    assert valid >= 45


def test_every_stage_and_competency_has_at_least_four_items(bank: Bank) -> None:
    stats = bank_stats(bank)
    assert stats["total"] >= 45
    assert {stage.value: stats["by_stage"][stage.value] >= 4 for stage in Stage} == {
        s.value: True for s in Stage
    }
    assert {c.value: stats["by_competency"][c.value] >= 4 for c in Competency} == {
        c.value: True for c in Competency
    }


@pytest.mark.parametrize("item_id", SCREENING_ESSENTIALS)
def test_screening_essentials_exist(bank: Bank, item_id: str) -> None:
    item = bank.get(item_id)
    assert Stage.SCREENING in item.stages


def test_model_answers_follow_the_writing_guide(bank: Bank) -> None:
    """CONTENT.md: model answers of 80-200 words (design and case up to 400), with mistakes."""
    out_of_range = {}
    for item in _prose(bank):
        words = len(item.model_answer.split())
        longest = 450 if item.kind in (Kind.DESIGN, Kind.CASE) else 220
        if not 80 <= words <= longest:
            out_of_range[item.id] = words
    assert out_of_range == {}


def test_key_point_ids_and_texts_are_distinct_within_each_item(bank: Bank) -> None:
    for item in _prose(bank):
        texts = [point.text.lower() for point in item.key_points]
        assert len(set(texts)) == len(texts), item.id


def test_the_judge_has_problems_for_every_part_of_the_loop_and_eight_dataset_tasks(bank: Bank) -> None:
    stats = bank_stats(bank)
    assert stats["problems"] >= 45
    assert stats["problems_by_group"]["ml-from-scratch"] >= 28
    assert stats["problems_by_group"]["coding"] >= 10
    assert stats["problems_by_group"]["math"] >= 7
    assert stats["datasets"] >= 8
    datasets = [item for item in bank if item.kind == Kind.DATASET]
    assert any(getattr(item, "trap_code", None) for item in datasets)


def test_dataset_analyses_are_gradable_from_their_model_answers(bank: Bank) -> None:
    """Each task's written-analysis model answer covers its own key points (sentence-embedding grader)."""
    from aceml.bank.models import DatasetItem
    from aceml.grading.embeddings import default_embedder
    from aceml.grading.matcher import grade, item_points

    embedder = default_embedder()
    for item in bank:
        if isinstance(item, DatasetItem):
            points, _ = item_points(item)
            result = grade(
                answer=item.analysis.model_answer,
                points=points,
                question=item.analysis.prompt,
                embedder=embedder,
            )
            assert result.score >= 0.85, (item.id, [(p.id, p.status) for p in result.key_points])
