"""Model-answer checks: an answer must earn its own key points; another item's answer must not."""

from __future__ import annotations

from pathlib import Path

from aceml.bank.collection import load_bank
from aceml.bank.models import FreeTextItem
from aceml.grading.embeddings import HashingEmbedder
from aceml.grading.selfcheck import check_model_answers, unrelated_to
from tests.factories import write_item

POINTS = [
    {"id": "noise", "text": "The model memorises random noise in the training sample."},
    {"id": "gap", "text": "Training accuracy is far above validation accuracy."},
    {"id": "fix", "text": "Regularisation and more data shrink the gap."},
]
GOOD = (
    "The model memorises random noise in the training sample. Training accuracy is far above validation "
    "accuracy. Regularisation and more data shrink the gap. " * 2
)
OTHER_POINTS = [
    {"id": "tp", "text": "Precision divides true positives by all predicted positives."},
    {"id": "fn", "text": "Recall divides true positives by all actual positives."},
    {"id": "hm", "text": "The F1 score is the harmonic mean of precision and recall."},
]
OTHER = (
    "Precision divides true positives by all predicted positives. Recall divides true positives by all "
    "actual positives. The F1 score is the harmonic mean of precision and recall. " * 2
)


def items(tmp_path: Path) -> list[FreeTextItem]:
    return [item for item in load_bank([tmp_path]) if isinstance(item, FreeTextItem)]


def test_good_answers_pass(tmp_path: Path) -> None:
    write_item(tmp_path, "overfit", key_points=POINTS, body=GOOD, topics=["fundamentals"])
    write_item(tmp_path, "metrics", key_points=OTHER_POINTS, body=OTHER, topics=["evaluation"])
    assert check_model_answers(items(tmp_path), {"overfit", "metrics"}, HashingEmbedder()) == []


def test_an_answer_that_misses_its_key_points_is_reported(tmp_path: Path) -> None:
    write_item(tmp_path, "overfit", key_points=POINTS, body=OTHER, topics=["fundamentals"])
    write_item(tmp_path, "metrics", key_points=OTHER_POINTS, body=OTHER, topics=["evaluation"])
    [finding] = check_model_answers(items(tmp_path), {"overfit"}, HashingEmbedder())
    assert finding.item.id == "overfit" and finding.field == "body (model answer)"
    assert "on its own key points" in finding.reason and "noise" in finding.reason


def test_key_points_an_unrelated_answer_earns_are_reported(tmp_path: Path) -> None:
    write_item(tmp_path, "generic", key_points=OTHER_POINTS, body=OTHER, topics=["fundamentals"])
    write_item(tmp_path, "metrics", key_points=OTHER_POINTS, body=OTHER, topics=["evaluation"])
    findings = check_model_answers(items(tmp_path), {"generic"}, HashingEmbedder())
    assert [f.field for f in findings] == ["key_points"]
    assert "unrelated item 'metrics'" in findings[0].reason


def test_unrelated_item_shares_no_topic(tmp_path: Path) -> None:
    write_item(tmp_path, "a", topics=["fundamentals"])
    write_item(tmp_path, "b", topics=["fundamentals"])
    write_item(tmp_path, "c", topics=["evaluation"])
    ordered = sorted(items(tmp_path), key=lambda item: item.id)
    other = unrelated_to(ordered[0], ordered)
    assert other is not None and other.id == "c"
    lonely = [item for item in ordered if item.id != "c"]
    assert unrelated_to(lonely[0], lonely) is None
