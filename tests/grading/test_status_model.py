"""The fitted key-point status model: its NumPy inference, and what it decides on real answers."""

from __future__ import annotations

import numpy as np
import pytest

from aceml.bank.collection import load_bank
from aceml.bank.models import FreeTextItem
from aceml.config import shipped_content_dir
from aceml.grading.embeddings import MiniLMEmbedder, model_available
from aceml.grading.matcher import grade, item_points
from aceml.grading.status_model import FEATURES, StatusModel, is_term_list, status_model


def _leaf(value: float) -> dict[str, list[float]]:
    return {"feature": [-1], "threshold": [-2.0], "left": [-1], "right": [-1], "value": [value]}


def test_ensemble_follows_its_splits_and_returns_a_softmax() -> None:
    split_on_first = {"feature": [0, -1, -1], "threshold": [0.5, -2, -2], "left": [1, -1, -1],
                      "right": [2, -1, -1], "value": [0.0, -3.0, 3.0]}  # fmt: skip
    model = StatusModel.from_dict(
        {
            "prior": [0.0, 0.0, 0.0],
            "learning_rate": 1.0,
            "features": list(FEATURES),
            "stages": [[_leaf(0.0), _leaf(0.0), split_on_first]],
        }  # fmt: skip
    )
    low, high = np.zeros((1, len(FEATURES))), np.ones((1, len(FEATURES)))
    assert model.probabilities(low)[0].argmax() == 0  # covered's tree says -3: missed and partial tie
    assert model.probabilities(high)[0].argmax() == 2
    assert np.allclose(model.probabilities(np.vstack([low, high])).sum(axis=1), 1.0)


def test_term_lists_are_lists_and_terse_sentences_are_not() -> None:
    assert is_term_list("bagging, boosting, variance, bias, stacking")
    assert is_term_list("noise training data regularization dropout penalties")
    assert not is_term_list(
        "Equalised odds asks for equal true positive rates and equal false positive rates."
    )
    assert not is_term_list("Use L1, L2 or dropout to constrain the model.")


needs_model = pytest.mark.skipif(not model_available(), reason="the MiniLM package is not installed")


@needs_model
def test_the_shipped_model_fits_the_current_features() -> None:
    assert status_model(MiniLMEmbedder.name) is not None


@needs_model
def test_learned_statuses_on_real_answers() -> None:
    bank = load_bank([shipped_content_dir()])
    item = bank.get("fairness-metrics")
    assert isinstance(item, FreeTextItem)
    points, mistakes = item_points(item)
    embedder = MiniLMEmbedder()
    own = grade(
        answer=item.model_answer, points=points, mistakes=mistakes, question=item.prompt, embedder=embedder
    )
    assert own.score >= 0.85
    unrelated = bank.get("k-means")
    assert isinstance(unrelated, FreeTextItem)
    other = grade(
        answer=unrelated.model_answer,
        points=points,
        mistakes=mistakes,
        question=item.prompt,
        embedder=embedder,
    )
    assert other.score <= 0.35
    listed = grade(
        answer="demographic parity, equalised odds, equal opportunity, calibration, fairness, groups",
        points=points,
        mistakes=mistakes,
        question=item.prompt,
        embedder=embedder,
    )
    assert "covered" not in {p.status for p in listed.key_points}
    assert listed.score <= 0.5


def test_the_features_say_when_the_evidence_and_the_point_differ_in_negation() -> None:
    from aceml.grading.status_model import point_features

    units = [
        "Stratification doesn't matter, a plain random split is fine.",
        "Stratified folds keep the class mix.",
    ]
    column = FEATURES.index("negation_parity")

    def parity(similarity: list[float]) -> float:
        rows = point_features(
            units=units,
            similarity=np.array([similarity]),
            lexical=np.zeros((1, 2)),
            alias=np.zeros((1, 2)),
            contradiction=np.zeros((1, 2)),
            distinctive=np.zeros((1, 2)),
            n_points=1,
            point_texts=["Use stratified splits so every fold keeps the class proportions."],
        )
        return float(rows[0, column])

    assert parity([0.7, 0.6]) == 1.0  # the best unit says "doesn't", the point does not
    assert parity([0.5, 0.8]) == 0.0


def test_a_list_names_the_points_that_say_its_terms_word_for_word() -> None:
    from aceml.grading.status_model import names_points

    points = [
        "One-hot encoding creates one binary column per category and suits nominal features.",
        "Ordinal encoding maps categories to integers, which suits ordered categories.",
        "Target encoding replaces each category with the average target, fitted out of fold.",
        "Alpha is the accepted false positive rate.",
    ]
    aliases: list[tuple[str, ...]] = [(), (), (), ("Type I error rate",)]
    question = "How would you encode categorical features?"
    listed = ["one-hot encoding", "ordinal encoding", "dummy variables", "smoothing"]
    assert names_points(points, aliases, listed, question) == [True, True, False, False]
    # a single shared word names nothing; a term inside an alias names its point
    assert names_points(points, aliases, ["category", "binary", "Type I error", "rate"], question) == [
        True,  # "binary" is the one-hot point's own word
        False,
        False,
        True,
    ]


def test_a_list_holds_a_name_only_as_whole_words() -> None:
    from aceml.grading.status_model import names_listed

    names = [
        ["cross-validation"],
        ["supervised learning"],
        ["stratified"],
        ["nested CV"],
        ["threshold tuning"],
    ]
    listed = ["Cross validation", "semi-supervised learning", "stratified k-folds", "nested CV", "threshold"]
    assert names_listed(names, listed) == [True, False, True, True, False]
    # a point with no names is never named, whatever the list holds
    assert names_listed([[]], ["anything", "at all"]) == [False]


@pytest.mark.parametrize("backend", ["lexical", "minilm"])
def test_a_bare_list_earns_partial_exactly_for_the_points_it_names(backend: str) -> None:
    from aceml.grading.embeddings import HashingEmbedder
    from aceml.grading.matcher import Point

    if backend == "minilm" and not model_available():
        pytest.skip("the MiniLM package is an optional extra; the lexical backend runs everywhere")
    embedder = MiniLMEmbedder() if backend == "minilm" else HashingEmbedder()
    points = [
        Point(
            "geometric",
            "Random crops, flips and small rotations vary the geometry.",
            names=("random crop", "flip"),
        ),
        Point("label-safe", "Only use transforms that keep the label valid.", names=()),
        Point("mixing", "Mixup and CutMix blend images and their labels.", names=("Mixup", "CutMix")),
    ]
    result = grade(
        answer="random crops, colour jitter, label, CutMix, transforms",
        points=points,
        question="How do you augment images?",
        embedder=embedder,
    )
    assert [p.status for p in result.key_points] == ["partial", "missed", "partial"]
    assert result.key_points[0].evidence == "random crops, colour jitter, label, CutMix, transforms"


def test_a_short_spoken_sentence_is_not_a_list_of_terms() -> None:
    from aceml.grading.status_model import listed_terms

    assert listed_terms("First thing: don't trust accuracy.") is None
    assert listed_terms("I'd never trust one curve.") is None
    assert listed_terms("SMOTE, Cohen's kappa, class weights, stratified") == [
        "SMOTE",
        "Cohen's kappa",
        "class weights",
        "stratified",
    ]
    assert listed_terms("no free lunch, bagging, boosting, stacking") is not None
