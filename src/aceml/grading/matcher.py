"""Key-point matching: which ideas an answer covers, with the clause that covers each.

For every key point the evidence is the answer unit (sentence or clause) with the best combined
score: embedding similarity after question demoting, plus the share of the key point's own
content words found in the unit, plus a bonus for a listed alias. A unit that contradicts the
key point (negation or an antonym on the same idea) is penalised; a bare list of terms can earn
at most "partial". Common mistakes are matched the same way, as anti-points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

import numpy as np

from aceml.bank.models import DatasetItem, FreeTextItem, KeyPoint
from aceml.grading.embeddings import Embedder
from aceml.grading.status_model import (
    STATUSES,
    StatusModel,
    distinctive_overlap,
    evidence_unit,
    is_term_list,
    listed_terms,
    mistake_similarity,
    names_listed,
    names_points,
    point_features,
    status_model,
)
from aceml.grading.text import (
    content_words,
    contradicts,
    demote,
    rebuts,
    restated,
    sentence_units,
    sentences,
)

Status = Literal["covered", "partial", "missed"]
_CREDIT = {"covered": 1.0, "partial": 0.5, "missed": 0.0}


@dataclass(frozen=True)
class Params:
    """Tunable parameters, fitted on development data (see benchmarks/grader_eval.py)."""

    lexical_weight: float = 0.25
    alias_bonus: float = 0.2
    covered: float = 0.66
    partial: float = 0.5
    contradiction_penalty: float = 1.0  # contradicting evidence earns nothing
    mistake: float = 0.72
    mistake_penalty: float = 0.1
    max_penalty: float = 0.3
    list_stopword_ratio: float = 0.15
    reference_blend: float = 0.5  # reference mode: the cross-encoder's weight in the score


@dataclass(frozen=True)
class Point:
    """A key point or a mistake to look for."""

    id: str
    text: str
    weight: float = 1.0
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] | None = None  # terms naming it in a bare list (bank.models.KeyPoint.names)


@dataclass(frozen=True)
class PointResult:
    """How one key point fared."""

    id: str
    text: str
    status: Status
    similarity: float
    evidence: str | None


@dataclass(frozen=True)
class MistakeResult:
    """A common mistake the answer makes."""

    id: str
    text: str
    similarity: float
    evidence: str


@dataclass(frozen=True)
class GradeResult:
    """The grade of one answer (the JSON shape of ``aceml grade --json``)."""

    score: float
    key_points: list[PointResult]
    mistakes: list[MistakeResult]
    feedback: str
    backend: str
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return asdict(self)


def item_points(item: FreeTextItem | DatasetItem) -> tuple[list[Point], list[Point]]:
    """Return a bank item's key points and common mistakes as matcher points.

    For a dataset task these are the key points of its written analysis (it lists no mistakes).
    """
    if isinstance(item, DatasetItem):
        return [_point(p) for p in item.analysis.key_points], []
    points = [_point(p) for p in item.key_points]
    mistakes = [Point(m.id, m.text, 1.0, tuple(m.aliases)) for m in item.mistakes]
    return points, mistakes


def _point(point: KeyPoint) -> Point:
    names = None if point.names is None else tuple(point.names)
    return Point(point.id, point.text, point.weight, tuple(point.aliases), names)


def points_from_reference(reference: str) -> list[Point]:
    """Turn a reference answer into key points: one per sentence."""
    return [Point(id=f"r{i}", text=text) for i, text in enumerate(sentences(reference), 1)]


def _lexical(point_words: list[str], unit_words: set[str]) -> float:
    if not point_words:
        return 0.0
    return sum(1 for word in point_words if word in unit_words) / len(point_words)


def _feedback(results: list[PointResult], mistakes: list[MistakeResult]) -> str:
    covered = [r for r in results if r.status == "covered"]
    partial = [r for r in results if r.status == "partial"]
    missed = [r for r in results if r.status == "missed"]
    parts = [f"You covered {len(covered)} of {len(results)} key points"]
    if partial:
        parts.append(f"{len(partial)} only partly")
    text = ", ".join(parts) + "."
    if missed:
        text += " Missing: " + "; ".join(r.text for r in missed[:3]) + ("; ..." if len(missed) > 3 else "")
    if mistakes:
        text += " Watch out: " + "; ".join(m.text for m in mistakes)
    return text


@dataclass(frozen=True)
class Analysis:
    """The parameter-free measurements of one answer against its points (computed once)."""

    units: list[str]
    clauses: list[tuple[int, ...]]  # per unit: the indices of its clauses (a sentence's parts)
    similarity: np.ndarray  # (points + mistakes, units)
    lexical: np.ndarray  # (points, units): share of a point's content words found in the unit
    alias: np.ndarray  # (points, units): a listed alias occurs in the unit
    contradiction: np.ndarray  # (points + mistakes, units)
    entailment: float | None = None  # reference mode: the cross-encoder's P(the answer is right)
    alias_similarity: np.ndarray | None = None  # (points, units): best similarity to a listed alias


def point_texts(points: Sequence[Point], mistakes: Sequence[Point], question: str) -> list[str]:
    """Return the texts ``analyse`` embeds for the key points and mistakes, then the key points'
    aliases (question demoted)."""
    question_words = set(content_words(question))
    own = [demote(point.text, question_words) for point in [*points, *mistakes]]
    return own + [demote(alias, question_words) for point in points for alias in point.aliases]


def analyse(
    *,
    answer: str,
    points: Sequence[Point],
    mistakes: Sequence[Point] = (),
    question: str = "",
    embedder: Embedder,
    persist: bool = False,
    entails: bool = False,
    precise_cues: bool = True,
) -> Analysis:
    """Measure similarity, word overlap, aliases and contradictions for every point and unit, and
    (``entails``, when the backend has a cross-encoder) whether the answer is right with respect
    to all the points read together (a reference answer).

    ``precise_cues``: contradictions of key points use only ``text.contradicts``'s strict cues;
    mistakes always use all of them (a negated mistake is a rebuttal), and reference mode, whose
    thresholds were fitted with every cue, passes False."""
    structure = sentence_units(answer)
    found: list[str] = []
    parts: list[tuple[int, ...]] = []
    for sentence, clauses in structure:
        start = len(found)
        found += [sentence, *clauses]
        parts += [tuple(range(start + 1, start + 1 + len(clauses)))] + [()] * len(clauses)
    n_points, n_all = len(points), len(points) + len(mistakes)
    if not found:
        empty = np.zeros((n_all, 0))
        return Analysis([], [], empty, empty[:n_points], empty[:n_points], empty)
    question_words = set(content_words(question))
    everything = [*points, *mistakes]
    embedded = embedder.encode(point_texts(points, mistakes, question))
    point_vectors, alias_vectors = embedded[:n_all], embedded[n_all:]
    unit_vectors = np.concatenate(
        embedder.encode_parts(
            [demote(sentence, question_words) for sentence, _ in structure],
            [[demote(clause, question_words) for clause in clauses] for _, clauses in structure],
            persist=persist,
        )
    )
    similarity = point_vectors @ unit_vectors.T
    alias_similarity = np.zeros((n_points, len(found)))
    start = 0
    for row, point in enumerate(points):  # an alias is another way to state the point: "fits the noise"
        if point.aliases:
            alias_similarity[row] = (alias_vectors[start : start + len(point.aliases)] @ unit_vectors.T).max(
                axis=0
            )
            start += len(point.aliases)
    unit_words = [set(content_words(unit)) - question_words for unit in found]
    lexical = np.zeros((n_points, len(found)))
    alias = np.zeros((n_points, len(found)))
    for row, point in enumerate(points):
        words = [w for w in content_words(point.text) if w not in question_words] or content_words(point.text)
        for j, unit in enumerate(found):
            lexical[row, j] = _lexical(words, unit_words[j])
            alias[row, j] = any(a.lower() in unit.lower() for a in point.aliases)
    contradiction = np.array(  # for a mistake: the unit rejects the part of it that it restates
        [
            [
                contradicts(p.text, unit, strict=precise_cues)
                if row < n_points
                else contradicts(restated(p.text, unit), unit) or rebuts(unit, p.text)
                for unit in found
            ]
            for row, p in enumerate(everything)
        ],
        dtype=float,
    )
    entailment = None
    if entails:
        found_probability = embedder.entailment([(entailment_premise(points), answer)])
        entailment = None if found_probability is None else float(found_probability[0])
    return Analysis(found, parts, similarity, lexical, alias, contradiction, entailment, alias_similarity)


def combine(analysis: Analysis, n_points: int, params: Params) -> np.ndarray:
    """Return the (points, units) evidence scores: similarity + word overlap + alias - contradiction."""
    combined: np.ndarray = (
        analysis.similarity[:n_points]
        + params.lexical_weight * analysis.lexical
        + params.alias_bonus * analysis.alias
        - params.contradiction_penalty * analysis.contradiction[:n_points]
    )
    return combined


def status_features(analysis: Analysis, points: Sequence[Point], question: str) -> np.ndarray:
    """Return the status model's (points, features) input for one analysed answer; the same for
    grading and for fitting (benchmarks/grader_fit.py)."""
    return point_features(
        units=analysis.units,
        similarity=analysis.similarity,
        lexical=analysis.lexical,
        alias=analysis.alias,
        contradiction=analysis.contradiction,
        distinctive=distinctive_overlap(
            [p.text for p in points], [p.aliases for p in points], analysis.units, question
        ),
        n_points=len(points),
        alias_similarity=analysis.alias_similarity,
        point_texts=[p.text for p in points],
    )


def learned_statuses(
    analysis: Analysis, points: Sequence[Point], question: str, probabilities: np.ndarray
) -> list[PointResult]:
    """Statuses from the status model's (points, 3) ``probabilities``, then the rules it cannot
    learn from a few rows: contradicted evidence earns nothing, a bare list of terms at most
    partial. The evidence is the unit the model's features describe."""
    n_points = len(points)
    if not analysis.units:
        return [PointResult(p.id, p.text, "missed", 0.0, None) for p in points]
    best = evidence_unit(analysis.similarity[:n_points], analysis.lexical, analysis.alias)
    texts, aliases = [p.text for p in points], [p.aliases for p in points]
    named: dict[int, list[bool]] = {}  # per term-list unit: which points it names
    curated = all(point.names is not None for point in points)
    listed: list[bool] | None = None
    results = []
    for row, point in enumerate(points):
        status: Status = STATUSES[int(probabilities[row].argmax())]  # type: ignore[assignment]
        unit = int(best[row])
        text = analysis.units[unit]
        if status == "covered" and analysis.contradiction[row, [unit, *analysis.clauses[unit]]].any():
            # The evidence, or a clause of it, gets this very point backwards ("precision is the
            # share of actual positives found, and recall the share of predictions that are right").
            status = "missed"
        if status == "partial" and analysis.contradiction[:n_points, unit].any():
            # Partial credit is for gesturing at an idea; a clause that gets some key point of the
            # item backwards ("overfitting is when the model does well on unseen data") is not that.
            status = "missed"
        terms = listed_terms(text)
        if terms is not None and curated:
            # A bare list of terms shows recall, not understanding: never covered; partial for the
            # points whose names (written with the item) some list of the answer holds.
            if listed is None:
                listed = named_by_lists(analysis.units, points)
            status = "partial" if listed[row] else "missed"
        elif terms is not None:
            # Without names, at most partial, and only for the points it names by a heuristic (an
            # alias, or a term made of the point's own words).
            if unit not in named:
                named[unit] = names_points(texts, aliases, terms, question)
            status = "missed" if not named[unit][row] else "partial" if status == "covered" else status
        credit = float(probabilities[row, 2] + 0.5 * probabilities[row, 1])
        evidence = text if status != "missed" else None
        results.append(PointResult(point.id, point.text, status, round(credit, 3), evidence))
    return results


def named_by_lists(units: Sequence[str], points: Sequence[Point]) -> list[bool]:
    """Return, per key point, whether a bare list of terms among ``units`` holds one of its
    ``names``. Every separated term counts ("O(n^2)" too); a list with no separators ("k-fold
    stratified nested CV") is one run of words."""
    found = [False] * len(points)
    for unit in units:
        if listed_terms(unit) is not None:
            holds = names_listed([point.names or () for point in points], re.split(r"[,;]", unit))
            found = [before or now for before, now in zip(found, holds, strict=True)]
    return found


def decide(
    analysis: Analysis,
    points: Sequence[Point],
    mistakes: Sequence[Point],
    params: Params,
    backend: str,
    notes: list[str],
    *,
    model: StatusModel | None = None,
    question: str = "",
) -> GradeResult:
    """Turn measurements into statuses, detected mistakes and a score.

    With a fitted status ``model`` the key-point statuses come from it; without one, from the
    thresholds in ``params``. Mistakes are always detected with ``params``.
    """
    found = analysis.units
    if not found:
        results = [PointResult(p.id, p.text, "missed", 0.0, None) for p in points]
        return GradeResult(0.0, results, [], "The answer is empty.", backend, notes)
    term_lists = [is_term_list(unit, params.list_stopword_ratio) for unit in found]
    if model is not None:
        probabilities = model.probabilities(status_features(analysis, points, question))
        results = learned_statuses(analysis, points, question, probabilities)
        return _finish(analysis, points, mistakes, params, results, term_lists, backend, notes)
    combined = combine(analysis, len(points), params)
    # A unit that states a listed misconception earns no credit for a key point it resembles
    # less than it resembles the misconception ("L2 sets weights exactly to zero" is not L1's
    # sparsity point, however many words they share).
    mistaken = mistake_similarity(analysis.similarity, analysis.contradiction, len(points))
    combined = np.where(
        (mistaken >= params.partial) & (mistaken > analysis.similarity[: len(points)]), -1.0, combined
    )
    curated = all(point.names is not None for point in points)
    listed: list[bool] | None = None
    results = []
    for row, point in enumerate(points):
        best = int(combined[row].argmax())
        value = float(combined[row, best])
        status: Status = (
            "covered" if value >= params.covered else "partial" if value >= params.partial else "missed"
        )
        if status == "covered" and term_lists[best]:
            # A bare list of terms shows recall, not understanding: it can only cover a point when a
            # real sentence covers it too.
            sentences_only = [j for j in range(len(found)) if not term_lists[j]]
            alternative = max(sentences_only, key=lambda j: combined[row, j], default=None)
            if alternative is not None and combined[row, alternative] >= params.covered:
                best, value = alternative, float(combined[row, alternative])
            else:
                status = "partial"
        if curated and listed_terms(found[best]) is not None:
            if listed is None:
                listed = named_by_lists(found, points)
            status = "partial" if listed[row] else "missed"
        evidence = found[best] if status != "missed" else None
        results.append(PointResult(point.id, point.text, status, round(value, 3), evidence))
    return _finish(analysis, points, mistakes, params, results, term_lists, backend, notes)


def _finish(
    analysis: Analysis,
    points: Sequence[Point],
    mistakes: Sequence[Point],
    params: Params,
    results: list[PointResult],
    term_lists: list[bool],
    backend: str,
    notes: list[str],
) -> GradeResult:
    """Detect the listed mistakes and compute the score from the key points' statuses."""
    found = analysis.units
    detected = []
    for offset, mistake in enumerate(mistakes):
        row = len(points) + offset
        best = int(analysis.similarity[row].argmax())
        value = float(analysis.similarity[row, best])
        # Telling a candidate they made a mistake needs more than a point's status does: any
        # negation may be rejecting it ("counting loans that have not defaulted yet as good would
        # make recent performance look better than it is"), so a negated sentence is never reported.
        if (
            value >= params.mistake
            and not analysis.contradiction[row, best]
            and not term_lists[best]
            and not rebuts(found[best])
        ):
            detected.append(MistakeResult(mistake.id, mistake.text, round(value, 3), found[best]))
    total = sum(p.weight for p in points)
    earned = sum(p.weight * _CREDIT[r.status] for p, r in zip(points, results, strict=True))
    penalty = min(params.max_penalty, params.mistake_penalty * len(detected))
    score = round(min(1.0, max(0.0, earned / total - penalty)), 3)
    return GradeResult(score, results, detected, _feedback(results, detected), backend, notes)


def grade(
    *,
    answer: str,
    points: Sequence[Point],
    mistakes: Sequence[Point] = (),
    question: str = "",
    embedder: Embedder,
    params: Params | None = None,
    persist: bool = False,
    learned: bool = True,
) -> GradeResult:
    """Grade ``answer`` against ``points`` (and detect ``mistakes``); score in [0, 1].

    ``learned`` uses the fitted status model (written key points); reference mode passes False:
    the sentences of a reference answer get their statuses from the similarity thresholds fitted
    on SemEval-2013 (see benchmarks/grader_eval.py), and when the backend has the cross-encoder
    the score also weighs its judgement of the whole answer (``blend_reference``).

    ``persist`` keeps the answer's vectors in the embedder's on-disk cache: for bank text (model
    answers checked by ``content validate``), never for a candidate's answer.

    Raises:
        ValueError: no key points were given.
    """
    if not points:
        raise ValueError("grading needs at least one key point")
    notes = [] if embedder.semantic else ["graded lexically: the sentence-embedding model is not installed"]
    analysis = analyse(
        answer=answer,
        points=points,
        mistakes=mistakes,
        question=question,
        embedder=embedder,
        persist=persist,
        entails=not learned,
        precise_cues=learned,
    )
    model = status_model(embedder.name) if learned else None
    params = params or default_params(embedder)
    result = decide(
        analysis,
        points,
        mistakes,
        params,
        embedder.name,
        notes,
        model=model,
        question=question,
    )
    if analysis.entailment is None or not analysis.units:
        return result
    return replace(
        result,
        score=round(blend_reference(result.score, analysis.entailment, params.reference_blend), 3),
        notes=[*notes, REFERENCE_NOTE],
    )


REFERENCE_NOTE = (
    "reference mode: the score blends the share of reference sentences covered with a cross-encoder's "
    "judgement of the whole answer against the whole reference"
)


def entailment_premise(points: Sequence[Point]) -> str:
    """Return the text the cross-encoder reads an answer against: the key points, joined."""
    return " ".join(point.text for point in points)


def blend_reference(coverage: float, entailment: float, weight: float) -> float:
    """Return the reference-mode score: the share of reference sentences covered, blended with the
    cross-encoder's probability that the answer is right (``weight`` is the cross-encoder's share).

    The two err differently: the cross-encoder reads the answer against the reference word by word
    (negations, swapped terms) but learned from a few science domains; similarity transfers across
    domains. The weight is ``Params.reference_blend`` (0.5, an even mix): fitted on the cross-encoder's
    out-of-fold probabilities for the SemEval-2013 training answers it is 0.6 pooled, but 0.0 on the
    science answers whose domains were held out (benchmarks/grader_eval.py --oof), and a bank's
    answers are a new domain for the cross-encoder.
    """
    return (1.0 - weight) * coverage + weight * entailment


def default_params(embedder: Embedder) -> Params:
    """Return the fitted parameters for this backend (see ``grading/params.json``)."""
    from aceml.grading.fitted import fitted_params

    return fitted_params(embedder.name)
