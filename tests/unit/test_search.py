"""Keyword search ranks the item a candidate is looking for first."""

from __future__ import annotations

from pathlib import Path

from aceml.bank.collection import load_bank
from aceml.bank.search import SearchIndex, tokenize
from tests.factories import write_item


def test_tokenize_drops_stop_words_and_stems() -> None:
    assert tokenize("What are the Networks?") == ["network"]
    assert len(set(tokenize("scaling scaled scales scale"))) == 1
    assert tokenize("biases classes") == tokenize("bias class")


def test_prompt_match_ranks_first(tmp_path: Path) -> None:
    write_item(tmp_path, "gradient-boosting", prompt="How does gradient boosting work?")
    write_item(tmp_path, "random-forest", prompt="How does a random forest reduce variance?")
    write_item(tmp_path, "k-means", prompt="Explain k-means clustering.")
    index = SearchIndex(load_bank([tmp_path]))
    hits = index.search("boosting", k=5)
    assert [hit.item.id for hit in hits] == ["gradient-boosting"]
    assert [hit.item.id for hit in index.search("random forests variance")][0] == "random-forest"


def test_no_match_returns_nothing_and_k_limits(tmp_path: Path) -> None:
    for name in ("alpha-one", "alpha-two", "alpha-three"):
        write_item(tmp_path, name, prompt=f"Tell me about {name}.")
    index = SearchIndex(load_bank([tmp_path]))
    assert index.search("zebra") == []
    assert len(index.search("alpha", k=2)) == 2


def test_empty_index() -> None:
    assert SearchIndex([]).search("anything") == []
