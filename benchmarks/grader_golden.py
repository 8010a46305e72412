"""Measure the grader against the golden set in tests/golden/grading_cases.yaml.

Reports the share of key-point statuses (covered / partial / missed) the grader gets right, per
answer kind, and the highest score any negated or keyword-stuffed answer receives. Issue 4's
targets: >= 90% of statuses right, and no negated or keyword-stuffed answer above 0.5.

``--compare FILE...`` also reports how often other labels of the same answers (a list of
{case, expected}, as in benchmarks/data/golden_blind/) agree with the golden labels, with each
other and with the grader: how far the grader is from the agreement people reach. Measured
2026-11-24 with two labellers working blind to LABELLING.md: 0.986 and 0.979 with the golden
labels, 0.989 with each other; the grader 0.874 then, 0.880 after the fourth session of the day.
2026-11-25, with the bank's key-point names deciding bare lists: the grader 0.903 with the golden
labels, 0.903 and 0.901 with the two blind labellers.

Run: .venv/bin/python benchmarks/grader_golden.py [--json] [--compare FILE...]
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


def _agreement(first: list[dict[str, str]], second: list[dict[str, str]]) -> float:
    """The share of key points to which two labellings of the same answers give the same status."""
    pairs = [(a[point], b[point]) for a, b in zip(first, second, strict=True) for point in a]
    return sum(x == y for x, y in pairs) / len(pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--compare", type=Path, nargs="*", default=[], help="other labels of the golden answers"
    )
    args = parser.parse_args()
    bank = load_bank([shipped_content_dir()])
    embedder = default_embedder()
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    worst: dict[str, float] = defaultdict(float)
    cases = yaml.safe_load(CASES.read_text())
    labels: dict[str, list[dict[str, str]]] = {"golden": [case["expected"] for case in cases], "grader": []}
    for path in args.compare:
        given = {entry["case"]: entry["expected"] for entry in yaml.safe_load(path.read_text())}
        missing = sorted(set(range(len(cases))) - set(given))
        if missing:
            parser.error(f"{path} labels no answer for golden case(s) {missing}")
        labels[path.stem] = [given[index] for index in range(len(cases))]
    for case in cases:
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
        labels["grader"].append({point.id: point.status for point in result.key_points})
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
    if args.compare:
        names = list(labels)
        report["agreement"] = {
            f"{a} ~ {b}": round(_agreement(labels[a], labels[b]), 3)
            for i, a in enumerate(names)
            for b in names[i + 1 :]
        }
    print(json.dumps(report, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
