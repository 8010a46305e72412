"""Experiment: does a "reader" of key points help the status model?

A reader is the MiniLM cross-encoder (LoRA adapters, as in train_cross_encoder.py) trained on the
development set's own labelled (key point, evidence unit) pairs: covered 1, partial 0.5, missed 0,
where the evidence unit is the one the status model's features describe. It is cross-fitted in four
folds by item, so every development point gets a probability from a reader that never saw its
item; a fifth reader trained on all of it scores the golden set. The script reports the reader's
AUC (covered against missed, and inside negated answers), then the status model's accuracy with and
without the reader's probability as a feature: leave one item out on the development set and on
the golden set, both after grading's rules (``learned_statuses``).

Measured (2026-11-24, about 13 minutes on two cores): AUC 0.956 on development (out of fold) and
0.945 on golden, 0.844 / 0.874 inside negated answers; accuracy 0.903 -> 0.904 on development and
0.867 -> 0.862 on golden. The reader ranks well but tells the status model nothing its
bi-encoder features do not, so it does not ship.

Run: .venv/bin/python benchmarks/grader_reader.py [--folds 4] [--epochs 3]   (needs the `grader`
extra's torch, and scikit-learn)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aceml.bank.collection import load_bank  # noqa: E402
from aceml.config import shipped_content_dir  # noqa: E402
from aceml.grading.embeddings import default_embedder  # noqa: E402
from aceml.grading.matcher import learned_statuses, status_features  # noqa: E402
from aceml.grading.status_model import STATUSES, evidence_unit  # noqa: E402
from grader_fit import DEV, SETTINGS, analyse_case, model_answer_cases, unrelated_cases, written  # noqa: E402
from grader_golden import CASES as GOLDEN_CASES  # noqa: E402
from train_cross_encoder import Adapters  # noqa: E402

TARGET = {"missed": 0.0, "partial": 0.5, "covered": 1.0}
OFF_TOPIC_PAIRS = 300  # off-topic pairs are easy misses: a sample is enough


def analysed() -> list[dict[str, Any]]:
    """Every development and golden answer, analysed once, with its pairs for the reader."""
    bank = load_bank([shipped_content_dir()])
    embedder = default_embedder()
    handwritten = written(DEV)
    ids = sorted({case["item"] for case in handwritten})
    cases = [("dev", c) for c in handwritten + unrelated_cases(bank, ids) + model_answer_cases(bank, ids)]
    cases += [("golden", c) for c in yaml.safe_load(GOLDEN_CASES.read_text())]
    answers = []
    for source, case in cases:
        item, points, analysis = analyse_case(bank, embedder, case)
        pairs: list[tuple[str, str, float]] = []
        if analysis.units:
            best = evidence_unit(analysis.similarity[: len(points)], analysis.lexical, analysis.alias)
            pairs = [
                (point.text, analysis.units[int(best[row])], TARGET[case["expected"][point.id]])
                for row, point in enumerate(points)
            ]
        answers.append(
            {
                "source": source,
                "case": case,
                "points": points,
                "question": item.prompt,
                "analysis": analysis,
                "pairs": pairs,
                "reader": np.zeros(len(points)),
            }  # fmt: skip
        )
    return answers


def train_readers(answers: list[dict[str, Any]], folds: int, epochs: int) -> None:
    """Fill each answer's ``reader`` probabilities: out of fold for development, all-data for golden."""
    dev = [a for a in answers if a["source"] == "dev"]
    items = sorted({a["case"]["item"] for a in dev})
    random.Random(0).shuffle(items)
    groups = [set(items[k::folds]) for k in range(folds)] + [set()]
    for k, held in enumerate(groups):
        train = [
            p
            for a in dev
            if a["case"]["item"] not in held and a["case"]["kind"] != "off-topic"
            for p in a["pairs"]
        ]
        off = [
            p
            for a in dev
            if a["case"]["item"] not in held and a["case"]["kind"] == "off-topic"
            for p in a["pairs"]
        ]
        train += random.Random(k).sample(off, min(len(off), OFF_TOPIC_PAIRS))
        print(f"reader {k + 1}/{len(groups)}: {len(train)} pairs", file=sys.stderr)
        reader = Adapters(max_length=128, seed=k)
        reader.fit(train, epochs)
        for answer in answers:
            scored = answer["case"]["item"] in held if answer["source"] == "dev" else not held
            if scored and answer["pairs"]:
                answer["reader"] = reader.probabilities([(p[0], p[1]) for p in answer["pairs"]])


def measure(answers: list[dict[str, Any]]) -> dict[str, Any]:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import roc_auc_score

    rows: list[np.ndarray] = []
    labels: list[int] = []
    items: list[str] = []
    sources: list[str] = []
    kinds: list[str] = []
    spans: list[slice] = []
    for answer in answers:
        features = status_features(answer["analysis"], answer["points"], answer["question"])
        spans.append(slice(len(labels), len(labels) + len(answer["points"])))
        for point, row, read in zip(answer["points"], features, answer["reader"], strict=True):
            rows.append(np.append(row, read))
            labels.append(STATUSES.index(answer["case"]["expected"][point.id]))
            items.append(answer["case"]["item"])
            sources.append(answer["source"])
            kinds.append(answer["case"]["kind"])
    x, y = np.array(rows), np.array(labels)
    item, source, kind = np.array(items), np.array(sources), np.array(kinds)
    dev = source == "dev"
    report: dict[str, Any] = {}
    for name in ("dev", "golden"):
        chosen = (source == name) & (y != 1)
        negated = chosen & (kind == "negated")
        report[f"reader_auc_{name}"] = round(float(roc_auc_score(y[chosen] == 2, x[chosen, -1])), 3)
        report[f"reader_auc_{name}_negated"] = round(float(roc_auc_score(y[negated] == 2, x[negated, -1])), 3)
    for label, columns in (("without_reader", slice(0, -1)), ("with_reader", slice(None))):
        probabilities = np.zeros((len(y), len(STATUSES)))
        for held in np.unique(item[dev]):
            out = dev & (item == held)
            model = GradientBoostingClassifier(**SETTINGS).fit(x[dev & ~out][:, columns], y[dev & ~out])
            probabilities[out] = model.predict_proba(x[out][:, columns])
        model = GradientBoostingClassifier(**SETTINGS).fit(x[dev][:, columns], y[dev])
        probabilities[~dev] = model.predict_proba(x[~dev][:, columns])
        graded = np.zeros_like(y)
        for answer, span in zip(answers, spans, strict=True):
            results = learned_statuses(
                answer["analysis"], answer["points"], answer["question"], probabilities[span]
            )
            graded[span] = [STATUSES.index(result.status) for result in results]
        report[f"dev_leave_one_item_out_{label}"] = round(float(np.mean(graded[dev] == y[dev])), 3)
        report[f"golden_{label}"] = round(float(np.mean(graded[~dev] == y[~dev])), 3)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    answers = analysed()
    train_readers(answers, args.folds, args.epochs)
    print(json.dumps(measure(answers), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
