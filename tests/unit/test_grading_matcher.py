"""The matcher with the lexical backend (fast, deterministic): statuses, evidence, mistakes, score."""

from __future__ import annotations

import pytest

from aceml.grading.embeddings import HashingEmbedder
from aceml.grading.matcher import Params, Point, grade, points_from_reference

POINTS = [
    Point(
        "definition", "The model memorises noise in the training data.", 2.0, ("memorizes the training data",)
    ),
    Point("symptom", "It scores well on training data but poorly on unseen data."),
    Point("regularization", "Add regularization such as L1 or L2 penalties or dropout."),
]
MISTAKES = [Point("test-tuning", "Tune the hyperparameters on the test set to reduce overfitting.")]
PARAMS = Params(covered=0.6, partial=0.35)
LEXICAL = HashingEmbedder()


def run(answer: str) -> dict[str, str]:
    result = grade(
        answer=answer,
        points=POINTS,
        mistakes=MISTAKES,
        question="What is overfitting?",
        embedder=LEXICAL,
        params=PARAMS,
    )
    return {point.id: point.status for point in result.key_points}


def test_complete_answer_covers_everything_with_evidence() -> None:
    answer = (
        "It memorises noise in the training data. It scores well on training data but poorly on unseen data. "
        "Add L2 regularization penalties or dropout."
    )
    result = grade(answer=answer, points=POINTS, mistakes=MISTAKES, embedder=LEXICAL, params=PARAMS)
    assert [p.status for p in result.key_points] == ["covered"] * 3
    assert result.score == 1.0
    assert result.key_points[2].evidence == "Add L2 regularization penalties or dropout."
    assert result.notes == ["graded lexically: the sentence-embedding model is not installed"]


def test_missed_points_have_no_evidence_and_weights_count() -> None:
    result = grade(
        answer="It memorises noise in the training data.", points=POINTS, embedder=LEXICAL, params=PARAMS
    )
    assert [p.status for p in result.key_points][0] == "covered"
    assert result.key_points[2].status == "missed" and result.key_points[2].evidence is None
    credit = {"covered": 1.0, "partial": 0.5, "missed": 0.0}
    weighted = sum(p.weight * credit[r.status] for p, r in zip(POINTS, result.key_points, strict=True)) / 4
    assert result.score == pytest.approx(weighted)  # the definition weighs 2 of the 4


def test_contradiction_does_not_cover() -> None:
    assert run("It scores well on unseen data and poorly on training data.")["symptom"] != "covered"


def test_term_list_earns_at_most_partial() -> None:
    statuses = run("noise training data regularization dropout penalties unseen data")
    assert "covered" not in statuses.values()


def test_mistakes_are_detected_and_penalised() -> None:
    answer = "It memorises noise in the training data. Tune the hyperparameters on the test set to reduce overfitting."
    result = grade(answer=answer, points=POINTS, mistakes=MISTAKES, embedder=LEXICAL, params=PARAMS)
    assert [m.id for m in result.mistakes] == ["test-tuning"]
    clean = grade(
        answer=answer.split(". ")[0] + ".", points=POINTS, mistakes=MISTAKES, embedder=LEXICAL, params=PARAMS
    )
    assert result.score == pytest.approx(clean.score - PARAMS.mistake_penalty)
    assert "Watch out" in result.feedback


def test_empty_answer_scores_zero() -> None:
    result = grade(answer="   ", points=POINTS, embedder=LEXICAL, params=PARAMS)
    assert result.score == 0.0 and result.feedback == "The answer is empty."


def test_reference_sentences_become_points() -> None:
    points = points_from_reference(
        "Paperclips are harder than pennies. So they scratch what pennies scratch."
    )
    assert [p.text for p in points] == [
        "Paperclips are harder than pennies.",
        "So they scratch what pennies scratch.",
    ]
    with pytest.raises(ValueError, match="at least one key point"):
        grade(answer="x", points=[], embedder=LEXICAL)


def test_rejecting_a_misconception_is_not_making_it() -> None:
    rebuttal = "It memorises noise in the training data. Tuning the hyperparameters on the test set is a myth that only hides overfitting."
    result = grade(answer=rebuttal, points=POINTS, mistakes=MISTAKES, embedder=LEXICAL, params=PARAMS)
    assert result.mistakes == []


def test_a_sentence_closer_to_a_listed_mistake_than_to_a_point_earns_nothing_for_it() -> None:
    points = [Point("holdout", "Tune the hyperparameters on a validation set, never on the test set.")]
    mistakes = [Point("test-tuning", "Tune the hyperparameters on the test set to get the best test score.")]
    answer = "Tune the hyperparameters on the test set to get the best test score."
    result = grade(answer=answer, points=points, mistakes=mistakes, embedder=LEXICAL, params=PARAMS)
    assert result.key_points[0].status == "missed"
    assert [m.id for m in result.mistakes] == ["test-tuning"]
    right = "Tune the hyperparameters on a validation set, and never on the test set."
    assert grade(answer=right, points=points, mistakes=mistakes, embedder=LEXICAL, params=PARAMS).key_points[
        0
    ].status in ("covered", "partial")


def _all_covered(answer: str, points: list[Point], question: str = "") -> dict[str, str]:
    """The statuses ``learned_statuses`` gives when the status model says "covered" for every point."""
    import numpy as np

    from aceml.grading.matcher import analyse, learned_statuses

    analysis = analyse(answer=answer, points=points, question=question, embedder=LEXICAL)
    sure = np.tile([0.0, 0.0, 1.0], (len(points), 1))
    return {r.id: r.status for r in learned_statuses(analysis, points, question, sure)}


METRICS = [
    Point("precision", "Precision is the share of predicted positives that are actually positive."),
    Point("recall", "Recall is the share of actual positives that the model finds."),
    Point("f1", "F1 is the harmonic mean of precision and recall.", 1.0, ("harmonic mean",)),
]


def test_evidence_that_gets_the_point_backwards_earns_nothing() -> None:
    swapped = (
        "Precision is the share of actual positives that the model finds, "
        "and recall is the share of predicted positives that are actually positive."
    )
    statuses = _all_covered(swapped, METRICS)
    assert statuses["precision"] == statuses["recall"] == "missed"
    right = (
        "Precision is the share of predicted positives that are actually positive, "
        "and recall is the share of actual positives that the model finds."
    )
    assert _all_covered(right, METRICS) == {"precision": "covered", "recall": "covered", "f1": "covered"}


def test_a_bare_list_earns_partial_only_for_the_points_it_names() -> None:
    listed = "precision, recall, F1, harmonic mean, confusion matrix, threshold"
    assert _all_covered(listed, METRICS) == {"precision": "missed", "recall": "missed", "f1": "partial"}
    terse = "F1 = harmonic mean of P and R."  # a terse sentence is not a list: the model decides
    assert _all_covered(terse, METRICS)["f1"] == "covered"


def test_learned_statuses_of_an_empty_answer_are_missed() -> None:
    assert set(_all_covered("", METRICS).values()) == {"missed"}


def test_a_sentence_making_a_mistake_worded_with_a_negation_earns_nothing_for_the_point() -> None:
    points = [Point("fit-on-train", "Fit the scaler on the training split only, never on the whole dataset.")]
    mistakes = [Point("scaling", "Scaling the whole dataset before splitting does not leak anything.")]
    made = "Scaling the whole dataset before splitting doesn't leak anything."
    result = grade(answer=made, points=points, mistakes=mistakes, embedder=LEXICAL, params=PARAMS)
    assert result.key_points[0].status == "missed"
    # but a negated sentence is never reported as the mistake itself: it may be rejecting it
    assert result.mistakes == []


def test_a_sentence_making_part_of_a_mistake_earns_nothing_for_the_point_it_gets_wrong() -> None:
    points = [
        Point(
            "fit-on-train", "Fitting the scaler on the whole dataset before splitting leaks test statistics."
        )
    ]
    mistakes = [
        Point(
            "scaling",
            "Fitting the scaler on the whole dataset before splitting is harmless since it does not use labels.",
        )
    ]
    made = "Fitting the scaler on the whole dataset before splitting is harmless."
    result = grade(answer=made, points=points, mistakes=mistakes, embedder=LEXICAL, params=PARAMS)
    assert result.key_points[0].status == "missed"
    assert [m.id for m in result.mistakes] == ["scaling"]
