"""Out-of-fold cross-encoder probabilities for the SemEval-2013 training split.

Reference mode blends the share of reference sentences covered with the cross-encoder's probability
that the answer is right (``matcher.blend_reference``). The shipped cross-encoder was trained on the
whole training split, so on those answers it is nearly always right, and a blend weight or decision
threshold fitted there trusts it far more than it earns on unseen questions and domains. This
script trains K cross-encoders (same settings as train_cross_encoder.py), each with one K-th of the
training split held out — SciEntsBank by domain (the file-name prefix: ME, MX, SE, ...), Beetle by
question — and records every held-out answer's probability against each of its references, the
pair ``analyse`` scores. ``grader_eval.py --oof FILE`` fits the blend on those.

Run: .venv/bin/python benchmarks/cross_fit_cross_encoder.py [--folds 4] [--epochs 3] [--out FILE]
(about 16 minutes per fold on two cores)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aceml.grading.matcher import entailment_premise, points_from_reference  # noqa: E402
from grader_eval import CORPORA, DEFAULT_DATA, MAX_REFERENCES, Example, load, macro_f1  # noqa: E402
from train_cross_encoder import MAX_LENGTH, Adapters  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent / "data/semeval_oof_entailment.json"


def group(corpus: str, example: Example) -> str:
    """The unit held out together: a SciEntsBank domain, or a Beetle question."""
    return example.source.split("-")[0] if corpus == "sciEntsBank" else example.source


def assign_folds(groups: list[str], folds: int) -> dict[str, int]:
    """Spread groups over folds, largest first, each into the fold with the fewest answers so far."""
    sizes = Counter(groups)
    load_per_fold = [0] * folds
    assigned = {}
    for name, size in sorted(sizes.items(), key=lambda pair: (-pair[1], pair[0])):
        fold = int(np.argmin(load_per_fold))
        assigned[name] = fold
        load_per_fold[fold] += size
    return assigned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--max-length", type=int, default=MAX_LENGTH)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    examples = {corpus: load(args.data, corpus, "train") for corpus in CORPORA}
    folds = {
        corpus: assign_folds([group(corpus, e) for e in rows], args.folds)
        for corpus, rows in examples.items()
    }
    fold_of = {corpus: [folds[corpus][group(corpus, e)] for e in rows] for corpus, rows in examples.items()}
    probabilities: dict[str, list[list[float]]] = {
        corpus: [[] for _ in rows] for corpus, rows in examples.items()
    }
    started = time.perf_counter()
    per_fold = []
    for fold in range(args.folds):
        train = [
            (e.references[0], e.answer, float(e.correct))
            for corpus, rows in examples.items()
            for e, f in zip(rows, fold_of[corpus], strict=True)
            if f != fold
        ]
        model = Adapters(max_length=args.max_length)
        model.fit(train, args.epochs)
        held: list[tuple[str, int, int]] = []
        pairs: list[tuple[str, str]] = []
        for corpus, rows in examples.items():
            for index, (e, f) in enumerate(zip(rows, fold_of[corpus], strict=True)):
                if f != fold:
                    continue
                for position, reference in enumerate(e.references[:MAX_REFERENCES]):
                    text = entailment_premise(points_from_reference(reference))
                    if text:
                        held.append((corpus, index, position))
                        pairs.append((text, e.answer))
        values = model.probabilities(pairs)
        for (corpus, index, _), value in zip(held, values, strict=True):
            probabilities[corpus][index].append(round(float(value), 4))
        first = [(c, i) for c, i, p in held if p == 0]
        truth = np.array([examples[c][i].correct for c, i in first])
        predicted = np.array([probabilities[c][i][0] >= 0.5 for c, i in first])
        per_fold.append(
            {"fold": fold, "held_out": len(first), "macro_f1_at_0.5": round(macro_f1(predicted, truth), 3)}
        )
        print(json.dumps(per_fold[-1]), f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    args.out.write_text(
        json.dumps(
            {
                "about": "cross_fit_cross_encoder.py: each SemEval-2013 training answer's cross-encoder "
                "probability against each reference, from a model that did not train on its fold",
                "folds": args.folds,
                "epochs": args.epochs,
                "per_fold": per_fold,
                "probabilities": probabilities,
            }
        )
        + "\n"
    )
    print(
        json.dumps(
            {"per_fold": per_fold, "seconds": round(time.perf_counter() - started), "out": str(args.out)}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
