"""Training pairs for the grader's cross-encoder made from the bank itself (used by
train_cross_encoder.py beside SemEval-2013's training split).

Sentence embeddings place "stochastic gradient descent uses the full dataset for every update"
next to the statement it gets backwards, and SemEval's science questions alone teach the
cross-encoder their own domains. These pairs, (statement, text, does the text state it), add the
bank's topics and deliberate contradictions:

- positive: a key point and the clause of the item's model answer that states it best (and, for
  some points, the point itself);
- contradiction: the same clause, or the point, with its meaning flipped: a polar word swapped for
  its opposite ("increases" / "decreases", "training" / "test"), two terms an answer can confuse
  exchanged ("L1" / "L2", "precision" / "recall"), or a negation inserted or removed;
- mistake: the point and the item's listed common mistake that resembles it most;
- other idea: the point and a clause of the same model answer that states a different key point;
- unrelated: the point and the closest clause among 200 of other items' model answers.

Items of the golden test set (tests/golden/grading_cases.yaml) and of the status model's
development data (benchmarks/data/grader_dev/) are left out, so neither measures anything the
cross-encoder was trained on. ``dev_report`` scores (key point, evidence clause) pairs of the
development answers against their labels.
"""

from __future__ import annotations

import random
import re
from typing import Any

import numpy as np
import yaml

from aceml.bank.collection import Bank
from aceml.bank.models import FreeTextItem
from aceml.grading.embeddings import Embedder
from aceml.grading.matcher import item_points
from aceml.grading.status_model import evidence_unit
from aceml.grading.text import ANTONYMS, CONTRASTS, content_words, units
from grader_fit import DEV, analyse_case, written
from grader_golden import CASES as GOLDEN_CASES

# Opposites beyond the matcher's lists, for making contradictions (not used at grading time).
EXTRA_OPPOSITES = [
    ("training", "test"), ("train", "test"), ("increase", "reduce"), ("increases", "reduces"),
    ("faster", "slower"), ("underfit", "overfit"), ("convex", "non-convex"), ("independent", "dependent"),
    ("linear", "nonlinear"), ("parallel", "sequential"), ("many", "few"), ("first", "last"),
    ("mean", "median"), ("earlier", "later"), ("easier", "harder"), ("cheaper", "costlier"),
    ("required", "optional"), ("shrinks", "grows"), ("smooth", "noisy"), ("stronger", "weaker"),
    ("wider", "narrower"), ("long", "short"), ("longer", "shorter"), ("each", "no"), ("all", "none"),
    ("only", "never"), ("reduces", "raises"), ("lowers", "raises"), ("helps", "hurts"),
    ("useful", "useless"), ("correlated", "uncorrelated"), ("deterministic", "random"), ("online", "offline"),
    ("upstream", "downstream"),
    ("majority", "minority"), ("positives", "negatives"), ("rows", "columns"), ("encoder", "decoder"),
    ("classification", "regression"), ("mean", "variance"), ("numerator", "denominator"),
]  # fmt: skip
NEGATABLE = [
    (r"\bis\b", "is not"), (r"\bare\b", "are not"), (r"\bcan\b", "cannot"), (r"\bshould\b", "should not"),
    (r"\bwill\b", "will not"), (r"\bdoes\b", "does not"), (r"\bmust\b", "must not"), (r"\bhas\b", "has no"),
]  # fmt: skip
UNNEGATE = [
    (r"\bcannot\b", "can"),
    (r"\bnot\s+", ""),
    (r"n't\b", ""),
    (r"\bnever\b", "always"),
    (r"\bno\b", "some"),
]


def opposites() -> dict[str, list[str]]:
    table: dict[str, set[str]] = {word: set(others) for word, others in ANTONYMS.items()}
    for word, other in [*CONTRASTS.items(), *EXTRA_OPPOSITES]:
        table.setdefault(word, set()).add(other)
        table.setdefault(other, set()).add(word)
    return {word: sorted(others) for word, others in table.items()}


def flips(text: str, table: dict[str, list[str]], rng: random.Random) -> list[str]:
    """Return up to three versions of ``text`` whose meaning is reversed."""
    lowered = text.lower()
    words = [w for w in dict.fromkeys(re.findall(r"[a-z0-9-]+", lowered)) if w in table]
    found: list[str] = []
    pair = [w for w in words if w in CONTRASTS and CONTRASTS[w] in words]
    if pair:  # both terms present: exchange them ("precision ... recall" -> "recall ... precision")
        a, b = pair[0], CONTRASTS[pair[0]]
        found.append(re.sub(rf"\b({a}|{b})\b", lambda m: b if m.group(1) == a else a, lowered))
    for word in rng.sample(words, min(2, len(words))):
        found.append(re.sub(rf"\b{re.escape(word)}\b", rng.choice(table[word]), lowered, count=1))
    negation = [(p, r) for p, r in UNNEGATE if re.search(p, lowered)]
    if negation:
        pattern, replacement = negation[0]
        found.append(re.sub(pattern, replacement, lowered, count=1))
    else:
        options = [(p, r) for p, r in NEGATABLE if re.search(p, lowered)]
        if options:
            pattern, replacement = rng.choice(options)
            found.append(re.sub(pattern, replacement, lowered, count=1))
    return [f for f in dict.fromkeys(found) if f != lowered][:3]


def held_out_ids() -> set[str]:
    golden = yaml.safe_load(GOLDEN_CASES.read_text())
    return {case["item"] for case in [*golden, *written(DEV)]}


def make_pairs(bank: Bank, embedder: Embedder, rng: random.Random) -> list[tuple[str, str, float]]:
    held = held_out_ids()
    items = sorted(
        (i for i in bank.items.values() if isinstance(i, FreeTextItem) and i.id not in held),
        key=lambda i: i.id,
    )
    table = opposites()
    item_units = {item.id: units(item.model_answer) for item in items}
    every_unit = [(item.id, u) for item in items for u in item_units[item.id]]
    unit_vectors = embedder.encode([u for _, u in every_unit])
    owner = np.array([item_id for item_id, _ in every_unit])
    pairs: list[tuple[str, str, float]] = []
    for item in items:
        points, mistakes = item_points(item)
        mine = np.flatnonzero(owner == item.id)
        if not points or mine.size == 0:
            continue
        point_vectors = embedder.encode([p.text for p in points])
        similarity = point_vectors @ unit_vectors[mine].T
        best = similarity.argmax(axis=1)
        mistake_vectors = embedder.encode([m.text for m in mistakes]) if mistakes else None
        for row, point in enumerate(points):
            unit = every_unit[mine[best[row]]][1]
            if similarity[row, best[row]] < 0.4:
                continue  # the model answer states this point across clauses; no clean positive
            pairs.append((point.text, unit, 1.0))
            if rng.random() < 0.3:
                pairs.append((point.text, point.text, 1.0))
            for flipped in flips(unit, table, rng)[:2]:
                pairs.append((point.text, flipped, 0.0))
            for flipped in flips(point.text, table, rng)[:1]:
                pairs.append((point.text, flipped, 0.0))
            own_words = set(content_words(point.text))
            for col in np.argsort(-similarity[row]):
                other = every_unit[mine[col]][1]
                other_best = col in set(best.tolist()) and col != best[row]
                shared = len(own_words & set(content_words(other))) / max(1, len(own_words))
                if other_best and similarity[row, col] < similarity[row, best[row]] - 0.15 and shared < 0.4:
                    pairs.append((point.text, other, 0.0))
                    break
            if mistake_vectors is not None:
                closest = mistake_vectors @ point_vectors[row]
                if closest.max() >= 0.4:
                    pairs.append((point.text, mistakes[int(closest.argmax())].text, 0.0))
            strangers = np.flatnonzero(owner != item.id)
            sample = rng.sample(strangers.tolist(), 200)
            nearest = max(sample, key=lambda k: float(unit_vectors[k] @ point_vectors[row]))
            pairs.append((point.text, every_unit[nearest][1], 0.0))
    return pairs


def auc(scores: np.ndarray, truth: np.ndarray) -> float:
    positives, negatives = scores[truth == 1], scores[truth == 0]
    if not positives.size or not negatives.size:
        return float("nan")
    ranks = (positives[:, None] > negatives[None, :]).mean() + 0.5 * (
        positives[:, None] == negatives[None, :]
    ).mean()
    return round(float(ranks), 3)


def dev_report(model: Any, bank: Bank, embedder: Embedder) -> dict[str, float]:
    """Score (key point, evidence clause) pairs of the development answers against their labels."""
    pairs, labels, kinds = [], [], []
    for case in written(DEV):
        _, points, analysis = analyse_case(bank, embedder, case)
        if not analysis.units:
            continue
        best = evidence_unit(analysis.similarity[: len(points)], analysis.lexical, analysis.alias)
        for row, point in enumerate(points):
            pairs.append((point.text, analysis.units[int(best[row])]))
            labels.append(case["expected"][point.id])
            kinds.append(case["kind"])
    probabilities = model.probabilities(pairs)
    labels_a, kinds_a = np.array(labels), np.array(kinds)
    keep = labels_a != "partial"
    negated = keep & (kinds_a == "negated")
    return {
        "pairs": len(pairs),
        "auc_covered_vs_missed": auc(probabilities[keep], (labels_a[keep] == "covered").astype(int)),
        "auc_in_negated_answers": auc(probabilities[negated], (labels_a[negated] == "covered").astype(int)),
        "mean_partial": round(float(probabilities[labels_a == "partial"].mean()), 3),
    }
