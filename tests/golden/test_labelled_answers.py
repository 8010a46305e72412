"""The labelled answers the grader is fitted and measured on still match the bank's key points.

Editing an item's key points (an id renamed, a point added) silently invalidates every labelled
answer to it; this says which ones, before a fit or a measurement fails halfway.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from aceml.bank.collection import Bank, load_bank
from aceml.bank.models import FreeTextItem
from aceml.config import shipped_content_dir
from aceml.errors import ItemNotFound

ROOT = Path(__file__).resolve().parents[2]
LABELLED = sorted(
    [
        ROOT / "tests/golden/grading_cases.yaml",
        *(ROOT / "benchmarks/data/grader_dev").glob("*.yaml"),
        *(ROOT / "benchmarks/data/grader_heldout").glob("*.yaml"),
    ]
)
KINDS = {"complete", "partial", "off-topic", "negated", "keyword", "empty"}
STATUSES = {"covered", "partial", "missed"}


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank([shipped_content_dir()])


@pytest.mark.parametrize("path", LABELLED, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_labelled_answer_lists_exactly_its_items_key_points(bank: Bank, path: Path) -> None:
    problems = []
    for number, case in enumerate(yaml.safe_load(path.read_text()), 1):
        try:
            item = bank.get(case["item"])
        except ItemNotFound:
            item = None
        if not isinstance(item, FreeTextItem):
            problems.append(f"case {number}: {case['item']} is not a free-text item of the bank")
            continue
        ids = {point.id for point in item.key_points}
        if case["kind"] not in KINDS:
            problems.append(f"case {number}: unknown kind {case['kind']!r}")
        if set(case["expected"]) != ids:
            problems.append(
                f"case {number} ({case['item']}): labels {sorted(case['expected'])} != {sorted(ids)}"
            )
        if not set(case["expected"].values()) <= STATUSES:
            problems.append(f"case {number} ({case['item']}): a status outside {sorted(STATUSES)}")
    assert not problems, "\n".join(problems)


def test_the_test_set_shares_no_item_with_the_data_the_grader_is_fitted_or_measured_on() -> None:
    def items(paths: list[Path]) -> set[str]:
        return {case["item"] for path in paths for case in yaml.safe_load(path.read_text())}

    golden = items([ROOT / "tests/golden/grading_cases.yaml"])
    assert not golden & items([path for path in LABELLED if "benchmarks" in path.parts])
