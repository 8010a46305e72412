"""Shared fixtures: content directories, settings, and databases (SQLite, and PostgreSQL
whenever ACEML_TEST_DATABASE_URL is set — CI sets it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from aceml.config import Settings
from aceml.store.database import Database
from tests.factories import write_item

REPO = Path(__file__).resolve().parent.parent
POSTGRES_URL = os.environ.get("ACEML_TEST_DATABASE_URL")


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A small valid bank of three linked concept items."""
    root = tmp_path / "content"
    write_item(
        root / "concept",
        "overfitting",
        follow_ups=["bias-variance"],
        topics=["fundamentals", "regularization"],
    )
    write_item(
        root / "concept", "bias-variance", stages=["ml-round"], prompt="What is the bias-variance tradeoff?"
    )
    write_item(
        root / "behavioral",
        "walk-through-resume",
        kind="behavioral",
        topics=["behavioral"],
        competencies=["communication"],
        prompt="Walk me through your resume.",
    )
    return root


@pytest.fixture
def settings(tmp_path: Path, content_dir: Path) -> Settings:
    """Settings pointing at the small bank and a private data directory."""
    return Settings(data_dir=tmp_path / "data", content_dir=content_dir, content_path=[])


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def database_url_params() -> list[object]:
    """The backends every persistence test runs on."""
    params: list[object] = [pytest.param("sqlite", id="sqlite")]
    if POSTGRES_URL:
        params.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres))
    elif os.environ.get("CI"):
        # In CI the PostgreSQL tier must run; a missing URL is a broken pipeline, not a skip.
        params.append(pytest.param("postgresql-missing", id="postgresql"))
    return params


@pytest.fixture(params=database_url_params())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    if request.param == "postgresql-missing" or not POSTGRES_URL:
        pytest.fail("CI must set ACEML_TEST_DATABASE_URL to a PostgreSQL database")
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A migrated database on each backend, closed after the test."""
    db = Database.open(database_url)
    yield db
    db.close()
