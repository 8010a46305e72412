"""A learned key-point status model: covered / partial / missed from the matcher's measurements.

Hand-set thresholds on one combined similarity mistake two kinds of evidence for each other: a
close paraphrase with few shared words, and a clause that shares the words but says something
else. The status model looks at several measurements of the best evidence unit at once (embedding
similarity, the point's own and distinctive words found, alias hits, contradiction and
misconception cues, whether the unit is a bare term list, whether the unit fits another key point
better) and returns a probability per status.

The model is a small gradient-boosted tree ensemble fitted by ``benchmarks/grader_fit.py`` on the
labelled development answers in ``benchmarks/data/grader_dev/`` (separate from the golden test
set and from the bank's model answers); it is stored as plain JSON in ``status_model.json`` and
evaluated here with NumPy only. A backend with no fitted model falls back to the thresholds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from aceml.grading.text import NEGATIONS, STOPWORDS, content_words, negated, stem, tokens

MODEL_FILE = Path(__file__).with_name("status_model.json")
STATUSES = ("missed", "partial", "covered")
FEATURES = (
    "similarity",  # embedding similarity of the best unit (after question demoting)
    "lexical",  # share of the point's content words in the best unit
    "lexical_max",  # the same, best over all units
    "alias",  # a listed alias occurs in some unit
    "clean_score",  # best combined score over units that neither contradict nor state a mistake
    "contradiction",  # the best unit contradicts the point
    "term_list",  # the best unit is a bare list of terms
    "other_point",  # how much better the best unit fits another key point
    "mistake_gap",  # similarity of the best unit to a listed mistake, minus its similarity to the point
    "all_terms",  # every unit of the answer is a bare list of terms
    "units",  # log(1 + number of evidence units)
    "top_two",  # mean combined score of the two best units
    "similarity_max",  # best embedding similarity over all units
    "similarity_x_lexical",
    "clean_lexical",  # word share of the best clean unit
    "mistake_any",  # some unit resembles a listed mistake closely
    "distinctive",  # share of the point's distinctive words (not in other points) in the best unit
    "distinctive_max",
    "contradicts_other",  # the best unit contradicts some other key point of the item
    "alias_similarity",  # best embedding similarity of any unit to one of the point's aliases
    "negation_parity",  # the best unit and the point differ in negation parity ("isn't needed" / "matters")
)


def is_term_list(unit: str, stopword_ratio: float = 0.15) -> bool:
    """Return True if ``unit`` is a bare list of terms: words with no function word at all, or
    three or more items separated by commas, semicolons or slashes with almost none.

    "Equalised odds asks for equal true positive rates and equal false positive rates across
    groups" is terse but a sentence; "bagging, boosting, variance, bias" is a list.
    """
    words = tokens(unit)
    if len(words) < 3:
        return False
    function_words = sum(1 for word in words if word in STOPWORDS)
    if function_words == 0:
        return True  # "noise training data regularization dropout": no sentence at all
    return len(re.split(r"[,;|/]", unit)) >= 3 and function_words / len(words) < stopword_ratio


def _own_words(point_texts: Sequence[str], question: str) -> list[set[str]]:
    """Each point's content words that neither the question nor any other key point uses."""
    asked = set(content_words(question))
    words = [set(content_words(text)) - asked for text in point_texts]
    return [own - set().union(*(words[:row] + words[row + 1 :])) for row, own in enumerate(words)]


def distinctive_overlap(
    point_texts: Sequence[str], aliases: Sequence[Sequence[str]], units: Sequence[str], question: str
) -> np.ndarray:
    """Return (points, units): the share of each point's distinctive words found in each unit.

    A point's distinctive words are its content words that neither the question nor any other key
    point uses, plus the words of its aliases: the name of the specific idea ("SMOTE", "nested").
    """
    unit_words = [set(content_words(unit)) for unit in units]
    out = np.zeros((len(point_texts), len(units)))
    for row, own in enumerate(_own_words(point_texts, question)):
        distinctive = set(own)
        for alias in aliases[row]:
            distinctive |= set(content_words(alias))
        if distinctive:
            for col, found in enumerate(unit_words):
                out[row, col] = len(distinctive & found) / len(distinctive)
    return out


MIN_LISTED = 4  # terms a unit must list to count as a bare list that can name a point
MAX_TERM_WORDS = 3  # words in a typical listed term ("cost-complexity pruning", "nested CV")


def listed_terms(unit: str) -> list[str] | None:
    """Return the terms of ``unit`` if it is a bare list of at least ``MIN_LISTED`` short terms,
    else None: "bias, variance, underfitting, overfitting" or "regularization dropout L1 L2".

    Stricter than ``is_term_list``, whose cap (at most partial) is safe on a terse sentence but
    not a verdict on it: "Gaussian suits continuous features, multinomial suits counts, and
    Bernoulli suits binary features" has long items, "Recall is TP/(TP+FN) = 0.8" a function word
    and "Bayes' rule: P(H|E) = P(E|H) P(H) / P(E)" too few words of three letters or more.
    """
    separated = bool(re.search(r"[,;]", unit))
    if not is_term_list(unit) or any(_speaks(word, separated) for word in tokens(unit)):
        return None
    if separated:
        split = re.split(r"[,;]", unit)
    elif any(word in STOPWORDS for word in tokens(unit)):
        return None
    else:
        split = unit.split()
    terms = [term.strip() for term in split if any(len(word) >= 3 for word in tokens(term))]
    if (
        len(terms) < MIN_LISTED
        or sorted(len(tokens(term)) for term in terms)[len(terms) // 2] > MAX_TERM_WORDS
    ):
        return None
    return terms


_SPOKEN = ("n't", "'d", "'ll", "'re", "'ve", "'m")
_SPOKEN_WORDS = frozenset({"it's", "there's", "that's", "what's", "here's"})


def _speaks(word: str, separated: bool) -> bool:
    """A contraction ("don't", "I'd", "there's") belongs to a sentence, never to a list of terms
    ("Cohen's kappa" is a term); so does a negation, unless commas separate the terms ("no free
    lunch, bagging, boosting")."""
    contraction = word.endswith(_SPOKEN) or word in _SPOKEN_WORDS
    return contraction or (word in NEGATIONS and not separated)


def names_points(
    point_texts: Sequence[str], aliases: Sequence[Sequence[str]], terms: Sequence[str], question: str
) -> list[bool]:
    """Return, per key point, whether a bare list of ``terms`` (``listed_terms``) names it.

    A list names a point when it contains one of the point's aliases, or a term made only of the
    point's distinctive words ("harmonic mean" for F1's point, "nested CV" for nested
    cross-validation), or a term of two or more words that the point says word for word ("one-hot
    encoding" for "One-hot encoding creates one binary column per category", though "one" and
    "encoding" occur in other points too) or that is part of one of its aliases ("Type I error" for
    "Type I error rate"). Such a list gestures at the point; a single word that the question or
    other points share ("bias", "target") names none in particular.
    """
    asked = set(content_words(question))
    listed = [words for words in (set(content_words(term)) - asked for term in terms) if words]
    lowered = " ".join(terms).lower()
    multiword = [(term.strip().lower(), words) for term in terms if len(words := content_words(term)) >= 2]
    phrases = [words for _, words in multiword if set(words) - asked]
    return [
        any(
            alias.lower() in lowered or any(term in alias.lower() for term, _ in multiword)
            for alias in aliases[row]
        )
        or any(words <= own for words in listed)
        or any(_says(content_words(point_texts[row]), words) for words in phrases)
        for row, own in enumerate(_own_words(point_texts, question))
    ]


def _name_keys(term: str) -> tuple[str, ...]:
    """A term's words as match keys: lowercase, word endings stemmed, hyphens closed up
    ("Cross-validation folds" -> ("crossvalidation", "fold"))."""
    return tuple(
        key for word in term.lower().split() if (key := "".join(stem(piece) for piece in tokens(word)))
    )


def _holds(term: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Return True if whole words of ``term`` spell ``name`` ("cross validation" holds
    "cross-validation"; "semi-supervised learning" does not hold "supervised learning")."""
    wanted = "".join(name)
    return bool(wanted) and any(
        "".join(term[start:end]) == wanted
        for start in range(len(term))
        for end in range(start + 1, len(term) + 1)
    )


def names_listed(names: Sequence[Sequence[str]], terms: Sequence[str]) -> list[bool]:
    """Return, per key point, whether a bare list of ``terms`` holds one of the point's ``names``
    (written with the bank item: ``bank.models.KeyPoint.names``): a term that is the name, or
    whose whole words spell it ("stratified k-fold" holds "stratified"), case, hyphens and word
    endings aside.
    """
    listed = [_name_keys(term) for term in terms]
    return [
        any(_holds(words, key) for key in map(_name_keys, point_names) for words in listed)
        for point_names in names
    ]


def _says(sequence: Sequence[str], phrase: Sequence[str]) -> bool:
    """Return True if ``phrase`` occurs in ``sequence`` as a run of consecutive words."""
    size, wanted = len(phrase), list(phrase)
    return any(list(sequence[start : start + size]) == wanted for start in range(len(sequence) - size + 1))


def mistake_similarity(similarity: np.ndarray, contradiction: np.ndarray, n_points: int) -> np.ndarray:
    """Return, per unit, the similarity of the listed mistake it most resembles and does not reject.

    ``similarity`` and ``contradiction`` hold the key points' rows first and the mistakes' after;
    a mistake's contradiction row says where a unit rejects it (``matcher.analyse``).
    """
    stated = similarity[n_points:] * (1.0 - contradiction[n_points:])
    result: np.ndarray = stated.max(axis=0) if stated.shape[0] else np.zeros(similarity.shape[1])
    return result


def point_features(
    *,
    units: Sequence[str],
    similarity: np.ndarray,
    lexical: np.ndarray,
    alias: np.ndarray,
    contradiction: np.ndarray,
    distinctive: np.ndarray,
    n_points: int,
    point_texts: Sequence[str],
    alias_similarity: np.ndarray | None = None,
) -> np.ndarray:
    """Return the (points, len(FEATURES)) feature matrix of one answer.

    ``similarity`` and ``contradiction`` hold the key points' rows first and the mistakes' after.
    The negation parity of a point and a unit is a cue, not a verdict: key points and their
    paraphrases say "not" and "without" in different places, so the model weighs it with the rest.
    """
    count = len(units)
    if count == 0:
        return np.zeros((n_points, len(FEATURES)))
    point_sim = similarity[:n_points]
    point_contra = contradiction[:n_points]
    lists = np.array([is_term_list(unit) for unit in units])
    mistake = mistake_similarity(similarity, contradiction, n_points)
    score = point_sim + 0.25 * lexical + 0.2 * alias
    rows = []
    for i in range(n_points):
        best = int(score[i].argmax())
        excluded = (point_contra[i] > 0) | ((mistake >= 0.5) & (mistake > point_sim[i]))
        clean = np.where(excluded, -0.2, score[i])
        clean_best = int(clean.argmax())
        others = np.delete(point_sim[:, best], i)
        ranked = np.sort(score[i])[::-1]
        rows.append(
            [
                point_sim[i, best],
                lexical[i, best],
                lexical[i].max(),
                alias[i].max(),
                clean[clean_best],
                point_contra[i, best],
                lists[best],
                others.max() - point_sim[i, best] if others.size else 0.0,
                mistake[best] - point_sim[i, best],
                float(lists.all()),
                np.log1p(count),
                ranked[:2].mean(),
                point_sim[i].max(),
                point_sim[i, best] * lexical[i, best],
                lexical[i, clean_best],
                float((mistake >= 0.6).any()),
                distinctive[i, best],
                distinctive[i].max(),
                np.delete(point_contra[:, best], i).max() if n_points > 1 else 0.0,
                alias_similarity[i].max() if alias_similarity is not None else 0.0,
                float(negated(point_texts[i]) != negated(units[best])),
            ]
        )
    return np.array(rows, dtype=float)


def evidence_unit(similarity: np.ndarray, lexical: np.ndarray, alias: np.ndarray) -> np.ndarray:
    """Return, per key point, the index of the unit the features describe (the evidence shown)."""
    result: np.ndarray = (similarity + 0.25 * lexical + 0.2 * alias).argmax(axis=1)
    return result


@dataclass(frozen=True)
class StatusModel:
    """A multi-class gradient-boosted tree ensemble (softmax over missed / partial / covered).

    Every tree is stored in padded arrays of shape (stages, classes, nodes) so that all of them are
    walked together, one level per step: a few NumPy operations per answer instead of a Python loop
    over hundreds of trees.
    """

    prior: np.ndarray  # (classes,) initial raw scores
    learning_rate: float
    feature: np.ndarray  # (stages, classes, nodes); -1 at a leaf
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    features: tuple[str, ...]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatusModel:
        """Build the model from its JSON form (see ``to_dict`` in benchmarks/grader_fit.py)."""
        stages = data["stages"]
        shape = (len(stages), len(data["prior"]), max(len(t["feature"]) for stage in stages for t in stage))
        feature, left, right = np.full(shape, -1), np.zeros(shape, dtype=int), np.zeros(shape, dtype=int)
        threshold, value = np.zeros(shape), np.zeros(shape)
        for s, stage in enumerate(stages):
            for k, tree in enumerate(stage):
                n = len(tree["feature"])
                feature[s, k, :n] = tree["feature"]
                threshold[s, k, :n] = tree["threshold"]
                left[s, k, :n] = tree["left"]
                right[s, k, :n] = tree["right"]
                value[s, k, :n] = tree["value"]
        prior = np.array(data["prior"], dtype=float)
        return cls(
            prior,
            float(data["learning_rate"]),
            feature,
            threshold,
            left,
            right,
            value,
            tuple(data["features"]),
        )

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Return (rows, 3) probabilities of missed, partial, covered."""
        stages, classes, _ = self.feature.shape
        s_index = np.arange(stages)[:, None, None]
        k_index = np.arange(classes)[None, :, None]
        rows = np.arange(len(x))[None, None, :]
        node = np.zeros((stages, classes, len(x)), dtype=int)
        for _ in range(self.feature.shape[2]):
            feature = self.feature[s_index, k_index, node]
            inner = feature >= 0
            if not inner.any():
                break
            go_left = x[rows, np.maximum(feature, 0)] <= self.threshold[s_index, k_index, node]
            step = np.where(go_left, self.left[s_index, k_index, node], self.right[s_index, k_index, node])
            node = np.where(inner, step, node)
        raw = self.prior[:, None] + self.learning_rate * self.value[s_index, k_index, node].sum(axis=0)
        raw = raw.T - raw.T.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        result: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return result


@cache
def status_model(backend: str) -> StatusModel | None:
    """Return the fitted status model for ``backend``, or None (the thresholds apply)."""
    try:
        stored = json.loads(MODEL_FILE.read_text())
    except (OSError, ValueError):
        return None
    data = stored.get(backend)
    if data is None or tuple(data.get("features", ())) != FEATURES:
        return None  # fitted for another feature set: refit with benchmarks/grader_fit.py
    return StatusModel.from_dict(data)
