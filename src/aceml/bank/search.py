"""Keyword search over the bank: Okapi BM25 with field boosts.

Each item becomes one bag of words: its title or prompt (counted three times, since a hit in
the question matters most), topics, key points, aliases and model answer or statement.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from aceml.bank.models import DatasetItem, FreeTextItem, Item, ProblemItem

_TOKEN = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are as at be by can do does for from how i in is it its of on or that the their "
    "then this to was what when where which who why will with you your".split()
)
PROMPT_BOOST = 3


def tokenize(text: str) -> list[str]:
    """Return lowercase word stems of ``text`` without stop words."""
    return [_stem(token) for token in _TOKEN.findall(text.lower()) if token not in _STOPWORDS]


def _stem(token: str) -> str:
    # A deliberately light stemmer (plurals and -ing/-ed), enough for "networks"/"network"
    # and "scaling"/"scaled"/"scale" without a dependency. Precision matters less than
    # recall here: BM25 ranks, it does not filter.
    if len(token) <= 3:
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "xes", "ches", "shes", "zes")):
        token = token[:-2]
    elif token.endswith("ing") and len(token) >= 6:
        token = token[:-3]
    elif token.endswith("ed") and len(token) >= 5:
        token = token[:-2]
    elif token.endswith("s") and token[-2] not in "suia":
        token = token[:-1]
    return token[:-1] if token.endswith("e") and len(token) > 3 else token


def _document(item: Item) -> list[str]:
    parts: list[str] = [item.id.replace("-", " "), " ".join(item.topics)]
    if isinstance(item, FreeTextItem):
        parts.extend(point.text for point in item.key_points)
        parts.extend(alias for point in item.key_points for alias in point.aliases)
        parts.append(item.model_answer)
    elif isinstance(item, ProblemItem | DatasetItem):
        parts.append(item.statement)
    tokens = tokenize(item.title) * PROMPT_BOOST
    for part in parts:
        tokens.extend(tokenize(part))
    return tokens


@dataclass(frozen=True)
class Hit:
    """One search result."""

    item: Item
    score: float


class SearchIndex:
    """An in-memory BM25 index (k1 = 1.5, b = 0.75) over a fixed set of items."""

    def __init__(self, items: Iterable[Item], *, k1: float = 1.5, b: float = 0.75) -> None:
        self._items = list(items)
        self._k1 = k1
        self._b = b
        self._terms = [Counter(_document(item)) for item in self._items]
        self._lengths = [sum(terms.values()) for terms in self._terms]
        self._average = (sum(self._lengths) / len(self._lengths)) if self._lengths else 0.0
        document_frequency: Counter[str] = Counter()
        for terms in self._terms:
            document_frequency.update(terms.keys())
        count = len(self._items)
        self._idf = {
            term: math.log(1 + (count - freq + 0.5) / (freq + 0.5))
            for term, freq in document_frequency.items()
        }

    def search(self, query: str, k: int = 10) -> list[Hit]:
        """Return up to ``k`` items ranked by BM25 score; items matching no term are left out.

        Ties are broken by item id so results are stable.
        """
        terms = set(tokenize(query))
        scored: list[Hit] = []
        for item, counts, length in zip(self._items, self._terms, self._lengths, strict=True):
            score = 0.0
            for term in terms:
                tf = counts.get(term, 0)
                if tf:
                    norm = self._k1 * (1 - self._b + self._b * length / self._average)
                    score += self._idf[term] * tf * (self._k1 + 1) / (tf + norm)
            if score > 0:
                scored.append(Hit(item, round(score, 4)))
        scored.sort(key=lambda hit: (-hit.score, hit.item.id))
        return scored[:k]
