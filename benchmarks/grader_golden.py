"""Measure the grader against the golden set in tests/golden/grading_cases.yaml.

Reports the share of key-point statuses (covered / partial / missed) the grader gets right, per
answer kind, and the highest score any negated or keyword-stuffed answer receives. Issue 4's
targets: >= 90% of statuses right, and no negated or keyword-stuffed answer above 0.5.

Run: .venv/bin/python benchmarks/grader_golden.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from aceml.bank.collection import load_bank
from aceml.bank.models import FreeTextItem
from aceml.config import shipped_content_dir
from aceml.grading.embeddings import default_embedder
from aceml.grading.matcher import grade, item_points

CASES = Path(__file__).resolve().parents[1] / "tests/golden/grading_cases.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    bank = load_bank([shipped_content_dir()])
    embedder = default_embedder()
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    worst: dict[str, float] = defaultdict(float)
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
        for point in result.key_points:
            total[case["kind"]] += 1
            right[case["kind"]] += point.status == case["expected"][point.id]
        worst[case["kind"]] = max(worst[case["kind"]], result.score)
    report = {
        "backend": embedder.name,
        "status_accuracy": round(sum(right.values()) / sum(total.values()), 3),
        "by_kind": {kind: round(right[kind] / total[kind], 3) for kind in sorted(total)},
        "max_score_negated": worst["negated"],
        "max_score_keyword": worst["keyword"],
    }
    print(json.dumps(report, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
