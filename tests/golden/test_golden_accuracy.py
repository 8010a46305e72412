"""Issue 4's bar on the golden set: the grader gets at least 90% of the key-point statuses right,
and no negated or keyword-stuffed answer scores above 0.5 (benchmarks/grader_golden.py reports the
details)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aceml.bank.collection import load_bank
from aceml.bank.models import DatasetItem, FreeTextItem
from aceml.config import shipped_content_dir
from aceml.grading.embeddings import MiniLMEmbedder, model_available
from aceml.grading.matcher import grade, item_points

CASES = Path(__file__).with_name("grading_cases.yaml")


@pytest.mark.skipif(not model_available(), reason="the bar is for the MiniLM grader (the `grader` extra)")
def test_the_grader_gets_nine_in_ten_golden_statuses_right_and_never_rewards_a_wrong_answer() -> None:
    bank = load_bank([shipped_content_dir()])
    embedder = MiniLMEmbedder()
    right = total = 0
    worst = {"negated": 0.0, "keyword": 0.0}
    for case in yaml.safe_load(CASES.read_text()):
        item = bank.get(case["item"])
        assert isinstance(item, FreeTextItem)
        points, mistakes = item_points(item)
        result = grade(
            answer=case["answer"] or "",
            points=points,
            mistakes=mistakes,
            question=item.prompt,
            embedder=embedder,
        )
        right += sum(point.status == case["expected"][point.id] for point in result.key_points)
        total += len(result.key_points)
        if case["kind"] in worst:
            worst[case["kind"]] = max(worst[case["kind"]], result.score)
    assert total >= 300
    assert right / total >= 0.90
    assert worst["negated"] <= 0.5 and worst["keyword"] <= 0.5


def test_every_shipped_key_point_says_which_terms_name_it() -> None:
    """A bare list of terms is graded by the key points' names; a point without them falls back to
    a guess from its words, which agreed with the labels on 77% of golden list points, not 88%."""
    missing = []
    for item in load_bank([shipped_content_dir()]):
        if isinstance(item, FreeTextItem | DatasetItem):
            points = item.analysis.key_points if isinstance(item, DatasetItem) else item.key_points
            missing += [f"{item.id}/{point.id}" for point in points if point.names is None]
    assert missing == []
