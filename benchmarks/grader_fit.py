"""Fit the grader's key-point status model on the development answers in benchmarks/data/grader_dev/.

The development set is separate from the golden test set (tests/golden/grading_cases.yaml) and
covers other bank items: the golden set measures the fitted model, it never trains it. Reports
leave-one-item-out accuracy on the development set, the fitted model's accuracy on the held-out
answers in benchmarks/data/grader_heldout/ (other items again, never fitted on; per file too), then
(with --write) fits on all of the development set and stores the ensemble as JSON in
src/aceml/grading/status_model.json, checked to give the same probabilities as scikit-learn.

Why the held-out answers stay out of the fit (2026-11-24, ad hoc, five seeds of the ensemble):
parts 13-20 (336 answers, 48 items, written to the development answer mix and the list rule in
LABELLING.md) label 33% of the points of their partial answers partial, against 11% in grader_dev/
and 8% in the golden set. Fitted on grader_dev/ plus them, the model says "partial" for 20% of the
golden points instead of 8% (labels: 11.5%): leave-one-item-out accuracy on grader_dev/'s own
answers 0.838 -> 0.831, held-out parts 7-12 0.634 -> 0.700, golden 0.872 -> 0.783. Parts 7-12 did
the same last session (golden 0.871 -> 0.791). The labels are not what differs: two labellers
working blind to LABELLING.md reproduce the golden labels on 98% of the points (grader_golden.py
--compare). The answers differ: the held-out sets are rich in loosely worded answers, which earn
"partial", while the golden and grader_dev/ answers mostly state a point or leave it out. The
features cannot tell a loose gesture at a point from a sentence that only shares its words, so a
model fitted on both styles says "partial" where the golden answers' points are missed.

Run: .venv/bin/python benchmarks/grader_fit.py [--json] [--write]   (needs scikit-learn)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from aceml.bank.collection import load_bank
from aceml.bank.models import FreeTextItem
from aceml.config import shipped_content_dir
from aceml.grading.embeddings import default_embedder
from aceml.grading.matcher import Analysis, Point, analyse, item_points, learned_statuses, status_features
from aceml.grading.status_model import (
    FEATURES,
    MODEL_FILE,
    STATUSES,
    StatusModel,
)

DEV = Path(__file__).resolve().parent / "data/grader_dev"
HELDOUT = Path(__file__).resolve().parent / "data/grader_heldout"  # measured, never fitted
SETTINGS = {"n_estimators": 100, "max_depth": 2, "learning_rate": 0.1, "subsample": 0.8, "random_state": 0}


UNRELATED_PER_ITEM = 4


def unrelated_cases(bank: Any, item_ids: list[str]) -> list[dict[str, Any]]:
    """Off-topic cases made from the model answers of items sharing no topic (every point missed).

    The handwritten off-topic answers are short; a full answer to another question is long and
    offers many clauses that half-resemble some key point, the harder case. Picked with a fixed
    seed, never the item ``content validate`` pairs with (that check stays a held-out test).
    """
    from aceml.grading.selfcheck import unrelated_to

    free = sorted((i for i in bank.items.values() if isinstance(i, FreeTextItem)), key=lambda i: i.id)
    rng = np.random.default_rng(7)
    cases = []
    for item_id in item_ids:
        item = bank.get(item_id)
        checked = unrelated_to(item, free)
        pool = [o for o in free if not set(o.topics) & set(item.topics) and o is not checked]
        for index in rng.choice(len(pool), size=UNRELATED_PER_ITEM, replace=False):
            cases.append(
                {
                    "item": item_id,
                    "kind": "off-topic",
                    "answer": pool[int(index)].model_answer,
                    "expected": {p.id: "missed" for p in item.key_points},
                }
            )
    return cases


def model_answer_cases(bank: Any, item_ids: list[str]) -> list[dict[str, Any]]:
    """Each development item's own model answer as a complete answer (every point covered).

    These are a small part of the data (the handwritten answers are the rest); they teach the
    model that a close restatement of a key point covers it.
    """
    return [
        {
            "item": item_id,
            "kind": "complete",
            "answer": bank.get(item_id).model_answer,
            "expected": {p.id: "covered" for p in bank.get(item_id).key_points},
        }
        for item_id in item_ids
    ]


def analyse_case(
    bank: Any, embedder: Any, case: dict[str, Any]
) -> tuple[FreeTextItem, list[Point], Analysis]:
    """Analyse one labelled case's answer against its item's key points and mistakes."""
    item = bank.get(case["item"])
    assert isinstance(item, FreeTextItem), case["item"]
    points, mistakes = item_points(item)
    analysis = analyse(
        answer=case["answer"] or "", points=points, mistakes=mistakes, question=item.prompt, embedder=embedder
    )
    return item, points, analysis


def features(
    bank: Any, embedder: Any, cases: list[dict[str, Any]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[Any]]:
    """Return features, labels (0 missed, 1 partial, 2 covered) and the item of every key point of
    ``cases``, and per answer what ``learned_statuses`` needs: (analysis, points, question, its rows)."""
    rows: list[np.ndarray] = []
    labels: list[int] = []
    items: list[str] = []
    answers = []
    for case in cases:
        item, points, analysis = analyse_case(bank, embedder, case)
        found = status_features(analysis, points, item.prompt)
        answers.append((analysis, points, item.prompt, slice(len(rows), len(rows) + len(points))))
        for point, row in zip(points, found, strict=True):
            rows.append(row)
            labels.append(STATUSES.index(case["expected"][point.id]))
            items.append(case["item"])
    return np.array(rows), np.array(labels), np.array(items), answers


def written_by_file(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The handwritten cases of every YAML file in ``folder``, by file name (without .yaml)."""
    return {path.stem: yaml.safe_load(path.read_text()) for path in sorted(folder.glob("*.yaml"))}


def written(folder: Path) -> list[dict[str, Any]]:
    """The handwritten cases of every YAML file in ``folder``."""
    return [case for cases in written_by_file(folder).values() for case in cases]


def graded_statuses(answers: list[Any], probabilities: np.ndarray, size: int) -> np.ndarray:
    """The statuses grading gives (the model's, then ``learned_statuses``' rules), as label indices."""
    graded = np.zeros(size, dtype=int)
    for analysis, points, question, rows in answers:
        results = learned_statuses(analysis, points, question, probabilities[rows])
        graded[rows] = [STATUSES.index(result.status) for result in results]
    return graded


SEEDS = (0, 1, 2, 3, 4)


class SeedEnsemble:
    """Gradient boosting fitted once per seed in ``SEEDS``, raw scores averaged.

    One fit's golden accuracy moves by about +-0.007 with its seed (subsampling); averaging five
    removes that lottery. Chosen on grader_dev/ (2026-11-24, leave one item out on the handwritten
    answers): 0.8378 on average for one seed, 0.8413 for the ensemble of the same five; measured,
    not chosen on: golden 0.8818 / 0.8805, held-out parts 7-12 0.6422 / 0.6432, 13-20 0.7779 / 0.7772.
    """

    def __init__(self) -> None:
        self.models: list[Any] = []

    def fit(self, x: np.ndarray, y: np.ndarray) -> SeedEnsemble:
        from sklearn.ensemble import GradientBoostingClassifier

        self.models = [
            GradientBoostingClassifier(**{**SETTINGS, "random_state": seed}).fit(x, y) for seed in SEEDS
        ]
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        raw = np.mean([model.decision_function(x) for model in self.models], axis=0)
        exp = np.exp(raw - raw.max(axis=1, keepdims=True))
        result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return result


def to_dict(ensemble: SeedEnsemble) -> dict[str, Any]:
    """Serialise the fitted ensemble for ``StatusModel.from_dict``: every model's trees in one
    sequence of stages, each leaf divided by the number of models (their raw scores averaged)."""
    first = ensemble.models[0]
    prior = first._raw_predict_init(np.zeros((1, len(FEATURES))))[0]
    share = 1.0 / len(ensemble.models)
    return {
        "features": list(FEATURES),
        "prior": [float(p) for p in prior],
        "learning_rate": float(first.learning_rate),
        "stages": [stage for model in ensemble.models for stage in _stages(model, share)],
        "fitted_on": "benchmarks/data/grader_dev (development answers, not the golden set)",
        "settings": {**SETTINGS, "random_state": list(SEEDS)},
    }


def _stages(model: Any, share: float) -> list[list[dict[str, Any]]]:
    """One fitted GradientBoostingClassifier's trees, leaf values scaled by ``share``."""
    stages = []
    for stage in model.estimators_:
        trees = []
        for estimator in stage:
            tree = estimator.tree_
            trees.append(
                {
                    "feature": [
                        int(f) if left != -1 else -1
                        for f, left in zip(tree.feature, tree.children_left, strict=True)
                    ],
                    "threshold": [float(t) for t in tree.threshold],
                    "left": [int(c) for c in tree.children_left],
                    "right": [int(c) for c in tree.children_right],
                    "value": [round(float(v) * share, 7) for v in tree.value[:, 0, 0]],
                }
            )
        stages.append(trees)
    return stages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--write", action="store_true", help="store the fitted model in status_model.json")
    args = parser.parse_args()
    bank = load_bank([shipped_content_dir()])
    embedder = default_embedder()
    handwritten = written(DEV)
    ids = sorted({case["item"] for case in handwritten})
    x, y, items, answers = features(
        bank, embedder, handwritten + unrelated_cases(bank, ids) + model_answer_cases(bank, ids)
    )
    n_handwritten = sum(len(case["expected"]) for case in handwritten)
    probabilities = np.zeros((len(y), len(STATUSES)))
    for item in np.unique(items):
        held = items == item
        model = SeedEnsemble().fit(x[~held], y[~held])
        probabilities[held] = model.predict_proba(x[held])
    predicted = probabilities.argmax(axis=1)
    graded = graded_statuses(answers, probabilities, len(y))
    model = SeedEnsemble().fit(x, y)
    stored = to_dict(model)
    ours = StatusModel.from_dict(stored).probabilities(x)
    theirs = model.predict_proba(x)
    agreement = float(np.mean(ours.argmax(axis=1) == theirs.argmax(axis=1)))
    report: dict[str, Any] = {
        "points": len(y),
        "items": len(np.unique(items)),
        "labels": {status: int(np.sum(y == k)) for k, status in enumerate(STATUSES)},
        "leave_one_item_out_accuracy": round(float(np.mean(predicted == y)), 3),
        "leave_one_item_out_accuracy_graded": round(float(np.mean(graded == y)), 3),
        # the same without the generated off-topic and model-answer cases, which are easy
        "leave_one_item_out_accuracy_graded_handwritten": round(
            float(np.mean(graded[:n_handwritten] == y[:n_handwritten])), 3
        ),
        "numpy_agrees_with_sklearn": round(agreement, 4),
        "max_probability_difference": float(np.abs(ours - theirs).max()),
    }
    held_files = written_by_file(HELDOUT)
    heldout = [case for cases in held_files.values() for case in cases]
    if heldout:
        hx, hy, _, held_answers = features(bank, embedder, heldout)
        held_graded = graded_statuses(held_answers, model.predict_proba(hx), len(hy))
        kinds = np.array([case["kind"] for case in heldout for _ in case["expected"]])
        files = np.array(
            [name for name, cases in held_files.items() for case in cases for _ in case["expected"]]
        )
        partial = hy == STATUSES.index("partial")
        report["heldout"] = {
            "answers": len(heldout),
            "points": len(hy),
            "accuracy_graded": round(float(np.mean(held_graded == hy)), 3),
            "by_kind": {
                kind: round(float(np.mean(held_graded[kinds == kind] == hy[kinds == kind])), 3)
                for kind in sorted(set(kinds))
            },
            "partial_recall": round(float(np.mean(held_graded[partial] == hy[partial])), 3),
            "by_file": {
                name: round(float(np.mean(held_graded[files == name] == hy[files == name])), 3)
                for name in sorted(set(files), key=lambda name: int(name.removeprefix("part")))
            },
        }
    if args.write:
        backend = embedder.name
        everything = json.loads(MODEL_FILE.read_text()) if MODEL_FILE.is_file() else {}
        everything[backend] = stored
        MODEL_FILE.write_text(json.dumps(everything, separators=(",", ":")) + "\n")
        report["written"] = f"{MODEL_FILE} [{backend}]"
    print(json.dumps(report, indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
