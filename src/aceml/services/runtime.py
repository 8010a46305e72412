"""The objects a running aceml shares: settings, clock, the bank and the database.

Each is built on first use, so a command that only reads the bank never opens the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from aceml.bank.collection import Bank, load_bank
from aceml.bank.search import SearchIndex
from aceml.clock import Clock, SystemClock
from aceml.config import Settings
from aceml.grading.embeddings import HashingEmbedder, MiniLMEmbedder, default_embedder
from aceml.grading.semantic import SemanticIndex
from aceml.judge import cgroups
from aceml.judge.datasets import PreparedData
from aceml.judge.expected import ExpectedCache
from aceml.judge.pool import JudgePool
from aceml.judge.sandbox import DATASET_MODULES, worker_factory
from aceml.store.database import Database


@dataclass
class Runtime:
    """Lazily built shared state for one process."""

    settings: Settings
    clock: Clock = field(default_factory=SystemClock)

    @cached_property
    def bank(self) -> Bank:
        """The bank loaded from every configured content directory (invalid items skipped)."""
        return load_bank(self.settings.content_dirs)

    @cached_property
    def search_index(self) -> SearchIndex:
        """The keyword index over the bank."""
        return SearchIndex(self.bank)

    @cached_property
    def database(self) -> Database:
        """The database, migrated to the newest schema on first use."""
        return Database.open(self.settings.resolved_database_url)

    @cached_property
    def embedder(self) -> MiniLMEmbedder | HashingEmbedder:
        """The sentence-embedding backend (MiniLM, or the lexical fallback), loaded lazily."""
        if self.settings.grader_backend == "lexical":
            return HashingEmbedder()
        return default_embedder(self.settings.data_dir / "embeddings.npz")

    def save_embeddings(self) -> None:
        """Persist newly computed embeddings so the next process starts warm."""
        if "embedder" in self.__dict__ and isinstance(self.embedder, MiniLMEmbedder):
            self.embedder.save()

    @cached_property
    def semantic_index(self) -> SemanticIndex | None:
        """Item embeddings for semantic search, or None with the lexical backend."""
        if not self.embedder.semantic:
            return None
        index = SemanticIndex(self.bank, self.embedder)
        self.save_embeddings()
        return index

    @cached_property
    def expected_cache(self) -> ExpectedCache:
        """Expected outputs of problems, cached by content hash under the data directory."""
        return ExpectedCache(self.settings.data_dir / "judge-cache")

    @cached_property
    def judge_pool(self) -> JudgePool:
        """Warm judge workers (one per core by default), started on first use."""
        factory = worker_factory(self.settings.judge_python, cgroups.detect())
        pool = JudgePool(factory, size=self.settings.judge_workers)
        pool.wait_ready()
        return pool

    @cached_property
    def dataset_data(self) -> PreparedData:
        """Dataset tasks' splits, prepared by the judge Python and cached under the data directory."""
        return PreparedData(str(self.settings.judge_python), self.settings.data_dir / "judge-cache")

    @cached_property
    def dataset_pool(self) -> JudgePool:
        """One warm judge worker with pandas and scikit-learn imported, started on first use."""
        factory = worker_factory(self.settings.judge_python, cgroups.detect(), DATASET_MODULES)
        pool = JudgePool(factory, size=1)
        pool.wait_ready(timeout=60.0)
        return pool

    def close(self) -> None:
        """Stop the judge workers and release the database connections, if they were started."""
        if "judge_pool" in self.__dict__:
            self.judge_pool.close()
        if "dataset_pool" in self.__dict__:
            self.dataset_pool.close()
        if "database" in self.__dict__:
            self.database.close()
