"""Evaluate (and fit) the answer grader on SemEval-2013 Task 7 (SciEntsBank and Beetle, 2-way).

The data (CC BY-SA 3.0) is read from ../shared/eval/semeval-2013-task7/semeval-3way.zip and never
copied into the project. Each student answer is graded in reference mode (the reference answer's
sentences become key points; with several references the best score counts). The grader's
parameters (lexical weight, similarity thresholds) and the decision threshold on the score (the
coverage blended with the cross-encoder's probability, as ``grade`` reports it) are fitted by grid
search on the TRAINING split only, then every test split is reported:
2-way macro-F1, accuracy, and Pearson r between the grader score and the label.

``--oof FILE`` fits the cross-encoder's weight in the blend and the threshold on out-of-fold
probabilities (cross_fit_cross_encoder.py: four cross-encoders, each blind to a quarter of the
training split, SciEntsBank held out by domain, Beetle by question) instead of the shipped
cross-encoder's in-sample ones. Measured 2026-11-24 (benchmarks/data/semeval_oof_entailment.json):
it picks weight 0.6 and threshold 0.5; SciEntsBank UA 0.761 / UQ 0.699 / UD 0.685 and Beetle
UA 0.816 / UQ 0.759, against 0.808 / 0.708 / 0.695 and 0.722 / 0.673 with the shipped fit
(weight 0.5, threshold 0.35). The pooled fit leans on Beetle, whose test questions share the
training domain; SciEntsBank's own out-of-fold answers pick weight 0.0 (UD 0.694). aceml's users
are a new domain for the cross-encoder, so the shipped weight stays 0.5; neither fit reaches
unseen-domains 0.72.

``reproduced_reference`` measures the reference method the issue quotes (REFERENCE_RESULTS: simple
MiniLM similarity features with logistic regression) under this protocol, with two ceilings for it.
Measured 2026-11-25: SciEntsBank UA 0.748 / UQ 0.687 / UD 0.693, Beetle UA 0.730 / UQ 0.663; on
unseen domains a threshold chosen on the split's own labels reaches 0.694 and the regression fitted
on the split itself (5-fold) 0.695. The quoted 0.72 for unseen domains does not reproduce; the
grader's 0.695 equals what these features reach when fitted on the test split itself.

Run: .venv/bin/python benchmarks/grader_eval.py [--data ZIP] [--json] [--write] [--oof FILE]
(--write stores the fitted parameters in src/aceml/grading/params.json).
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from aceml.grading.embeddings import MiniLMEmbedder
from aceml.grading.fitted import PARAMS_FILE
from aceml.grading.matcher import Analysis, Params, analyse, blend_reference, combine, points_from_reference
from aceml.grading.status_model import is_term_list
from aceml.grading.text import content_words, demote

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/eval/semeval-2013-task7/semeval-3way.zip"
SPLITS = {
    "train": "training/2way/{corpus}/",
    "unseen-answers": "test/2way/{corpus}/test-unseen-answers/",
    "unseen-questions": "test/2way/{corpus}/test-unseen-questions/",
    "unseen-domains": "test/2way/{corpus}/test-unseen-domains/",
}
CORPORA = {"sciEntsBank": "SciEntsBank", "beetle": "Beetle"}
MAX_REFERENCES = 6  # reference answers graded per question; the best score counts
REFERENCE_RESULTS = {
    "SciEntsBank": {"unseen-answers": 0.72, "unseen-questions": 0.68, "unseen-domains": 0.72}
}


@dataclass
class Example:
    question: str
    references: list[str]
    answer: str
    correct: bool
    source: str = ""  # the file's name without .xml: SciEntsBank's domain is the part before "-"


@functools.cache  # the grader's evaluation and the reproduced reference read the same splits
def load(data: Path, corpus: str, split: str) -> list[Example]:
    prefix = SPLITS[split].format(corpus=corpus)
    examples = []
    with zipfile.ZipFile(data) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith(prefix) and n.endswith(".xml")):
            if split == "train" and name.count("/") != prefix.count("/"):
                continue
            root = ET.fromstring(archive.read(name))
            question = (root.findtext("questionText") or "").strip()
            references = [r.text.strip() for r in root.iter("referenceAnswer") if r.text and r.text.strip()]
            for student in root.iter("studentAnswer"):
                if student.text and student.text.strip():
                    examples.append(
                        Example(
                            question,
                            references,
                            student.text.strip(),
                            student.get("accuracy") == "correct",
                            Path(name).stem,
                        )
                    )
    return examples


@dataclass
class Measured:
    analyses: list[tuple[int, Analysis, list[bool]]]  # (n_points, analysis, term_list flags) per reference
    correct: bool


def measure(examples: list[Example], embedder: MiniLMEmbedder) -> list[Measured]:
    measured = []
    for example in examples:
        rows = []
        for reference in example.references[:MAX_REFERENCES]:
            points = points_from_reference(reference)
            if not points:
                continue
            analysis = analyse(
                answer=example.answer,
                points=points,
                question=example.question,
                embedder=embedder,
                entails=True,
                precise_cues=False,
            )
            rows.append((len(points), analysis, [is_term_list(u) for u in analysis.units]))
        measured.append(Measured(rows, example.correct))
    return measured


def scores(measured: list[Measured], params: Params, blended: bool = True) -> np.ndarray:
    """Each answer's grade (best over its references), as ``matcher.grade`` computes it in
    reference mode: the share of reference sentences covered, blended with the cross-encoder's
    probability when ``blended`` and it was measured."""
    out = np.zeros(len(measured))
    for index, item in enumerate(measured):
        best = 0.0
        for n_points, analysis, term_lists in item.analyses:
            if not analysis.units:
                continue
            combined = combine(analysis, n_points, params)
            winners = combined.argmax(axis=1)
            values = combined[np.arange(n_points), winners]
            credit = np.where(values >= params.covered, 1.0, np.where(values >= params.partial, 0.5, 0.0))
            capped = np.array([term_lists[w] for w in winners])
            credit = np.where((credit == 1.0) & capped, 0.5, credit)
            score = float(credit.mean())
            if blended and analysis.entailment is not None:
                score = blend_reference(score, analysis.entailment, params.reference_blend)
            best = max(best, score)
        out[index] = best
    return out


def baseline_features(examples: list[Example], embedder: MiniLMEmbedder) -> np.ndarray:
    """The reference method's inputs, one row per answer: MiniLM cosine of the answer with its
    closest reference answer, the same with the question's words demoted from both, the answer's
    cosine with the question, and log(1 + its words)."""
    rows = []
    for example in examples:
        asked = set(content_words(example.question))
        references = example.references[:MAX_REFERENCES]
        plain = embedder.encode([example.answer, example.question, *references])
        demoted = embedder.encode([demote(text, asked) for text in (example.answer, *references)])
        rows.append(
            [
                float((plain[2:] @ plain[0]).max()),
                float((demoted[1:] @ demoted[0]).max()),
                float(plain[1] @ plain[0]),
                float(np.log1p(len(example.answer.split()))),
            ]
        )
    return np.array(rows)


def macro_f1(predicted: np.ndarray, truth: np.ndarray) -> float:
    f1s = []
    for label in (True, False):
        tp = np.sum((predicted == label) & (truth == label))
        fp = np.sum((predicted == label) & (truth != label))
        fn = np.sum((predicted != label) & (truth == label))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s))


def with_entailment(measured: list[Measured], probabilities: list[list[float]]) -> list[Measured]:
    """Replace each analysis's cross-encoder probability with the given one (per reference)."""
    return [
        replace(
            item,
            analyses=[
                (n_points, replace(analysis, entailment=value), flags)
                for (n_points, analysis, flags), value in zip(item.analyses, values, strict=True)
            ],
        )
        for item, values in zip(measured, probabilities, strict=True)
    ]


def fit(measured: list[Measured], blend_weights: tuple[float, ...] = (0.5,)) -> tuple[Params, float, float]:
    """Fit the similarity thresholds on the coverage alone, then the cross-encoder's weight in the
    blend (from ``blend_weights``) and the decision threshold on the score ``grade`` gives."""
    truth = np.array([m.correct for m in measured])
    best = (Params(), 0.5, -1.0)
    for lexical, covered, gap in itertools.product(
        (0.0, 0.15, 0.25, 0.4), np.arange(0.5, 0.95, 0.04), (0.1, 0.15, 0.2)
    ):
        params = replace(
            Params(), lexical_weight=lexical, covered=float(covered), partial=float(covered - gap)
        )
        values = scores(measured, params, blended=False)
        for threshold in np.arange(0.2, 0.95, 0.05):
            f1 = macro_f1(values >= threshold, truth)
            if f1 > best[2]:
                best = (params, float(threshold), f1)
    coverage_params = best[0]
    best = (coverage_params, 0.5, -1.0)
    for weight in blend_weights:
        params = replace(coverage_params, reference_blend=float(weight))
        values = scores(measured, params)
        for threshold in np.arange(0.2, 0.95, 0.05):
            f1 = macro_f1(values >= threshold, truth)
            if f1 > best[2]:
                best = (params, float(threshold), f1)
    return best


def reproduce_reference(data: Path, embedder: MiniLMEmbedder) -> dict[str, dict[str, dict[str, float]]]:
    """The reference method measured here (REFERENCE_RESULTS are figures quoted in issue 4): logistic
    regression on ``baseline_features``, fitted on each corpus's training split, threshold 0.5.
    Two ceilings say how far this kind of feature can go on a split, neither a result: the best
    macro-F1 over thresholds chosen on the split's own labels, and the macro-F1 of the same
    regression fitted on the split itself (5-fold cross-validation)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    out: dict[str, dict[str, dict[str, float]]] = {}
    for corpus, label in CORPORA.items():
        train = load(data, corpus, "train")
        model = LogisticRegression(max_iter=1000).fit(
            baseline_features(train, embedder), [e.correct for e in train]
        )
        for split in ("unseen-answers", "unseen-questions", "unseen-domains"):
            examples = load(data, corpus, split)
            if not examples:
                continue
            x = baseline_features(examples, embedder)
            truth = np.array([e.correct for e in examples])
            probability = model.predict_proba(x)[:, 1]
            in_split = cross_val_predict(
                LogisticRegression(max_iter=1000),
                x,
                truth,
                cv=StratifiedKFold(5, shuffle=True, random_state=0),
            )
            out.setdefault(label, {})[split] = {
                "macro_f1": round(macro_f1(probability >= 0.5, truth), 3),
                "ceiling_threshold_chosen_on_split": round(
                    max(macro_f1(probability >= t, truth) for t in np.arange(0.05, 0.951, 0.01)), 3
                ),
                "ceiling_fitted_on_split": round(macro_f1(in_split.astype(bool), truth), 3),
            }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--write", action="store_true", help="store the fitted parameters in params.json")
    parser.add_argument(
        "--oof",
        type=Path,
        help="fit the blend on these out-of-fold cross-encoder probabilities (cross_fit_cross_encoder.py)",
    )
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"SemEval data not found at {args.data}", file=sys.stderr)
        return 2
    embedder = MiniLMEmbedder()
    started = time.perf_counter()
    train = [m for corpus in CORPORA for m in measure(load(args.data, corpus, "train"), embedder)]
    weights: tuple[float, ...] = (0.5,)
    if args.oof:
        stored_oof = json.loads(args.oof.read_text())["probabilities"]
        train = with_entailment(train, [values for corpus in CORPORA for values in stored_oof[corpus]])
        weights = tuple(float(w) for w in np.round(np.arange(0.0, 1.01, 0.1), 2))
    params, threshold, train_f1 = fit(train, weights)
    report: dict[str, object] = {
        "fitted_on": "SemEval-2013 Task 7 training split (SciEntsBank + Beetle, 2-way)"
        + (", cross-encoder blend on out-of-fold probabilities" if args.oof else ""),
        "params": asdict(params),
        "decision_threshold": round(threshold, 3),
        "train_macro_f1": round(train_f1, 3),
        "results": {},
        "reference_minilm_lr_macro_f1": REFERENCE_RESULTS,
    }
    results: dict[str, dict[str, dict[str, float]]] = {}
    for corpus, label in CORPORA.items():
        for split in ("unseen-answers", "unseen-questions", "unseen-domains"):
            examples = load(args.data, corpus, split)
            if not examples:
                continue
            measured = measure(examples, embedder)
            values = scores(measured, params)
            truth = np.array([m.correct for m in measured])
            results.setdefault(label, {})[split] = {
                "n": len(examples),
                "macro_f1": round(macro_f1(values >= threshold, truth), 3),
                "accuracy": round(float(np.mean((values >= threshold) == truth)), 3),
                "pearson_r": round(float(np.corrcoef(values, truth.astype(float))[0, 1]), 3),
            }
    report["results"] = results
    report["reproduced_reference"] = reproduce_reference(args.data, embedder)
    report["seconds"] = round(time.perf_counter() - started, 1)
    if args.write:
        stored = json.loads(PARAMS_FILE.read_text()) if PARAMS_FILE.is_file() else {}
        stored[embedder.name] = {**asdict(params), "decision_threshold": threshold}
        PARAMS_FILE.write_text(json.dumps(stored, indent=2) + "\n")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for corpus, splits in results.items():
            for split, row in splits.items():
                print(
                    f"{corpus:12} {split:17} n={row['n']:5} macro-F1={row['macro_f1']:.3f} "
                    f"acc={row['accuracy']:.3f} r={row['pearson_r']:.3f}"
                )
        print(f"params={asdict(params)} threshold={threshold:.2f} train macro-F1={train_f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
