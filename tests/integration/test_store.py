"""Persistence on every backend: migrations, round trips, transactions, constraints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from aceml.bank.collection import load_bank
from aceml.clock import FixedClock
from aceml.errors import InputError, StoreError
from aceml.services.practice import attempt_history, ensure_local_user, record_attempt
from aceml.store.database import (
    Database,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    table_names,
)
from aceml.store.tables import Attempt, InterviewSession, ReviewCard, ReviewLog, User

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def test_migration_upgrades_empty_database_to_head_without_drift(database_url: str) -> None:
    engine = make_engine(database_url)
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == head_revision()
    assert {"users", "attempts", "review_cards", "review_logs", "interview_sessions"} <= set(
        table_names(engine)
    )
    # `alembic check` fails if the models and the migrations disagree.
    command.check(alembic_config(database_url))
    migrate(engine)  # a second upgrade is a no-op
    engine.dispose()


def test_attempts_round_trip_newest_first(database: Database, content_dir: Path) -> None:
    clock = FixedClock(NOW)
    item = load_bank([content_dir]).get("overfitting")
    user_id = ensure_local_user(database=database, clock=clock)
    assert ensure_local_user(database=database, clock=clock) == user_id
    first = record_attempt(
        database=database,
        clock=clock,
        user_id=user_id,
        item=item,
        body="It memorises noise.",
        score=0.4,
        evidence={"key_points": [{"id": "definition", "status": "covered"}]},
        duration_ms=61_000,
    )
    clock.advance(timedelta(minutes=5))
    second = record_attempt(
        database=database, clock=clock, user_id=user_id, item=item, body="Ünïcode ✓ answer"
    )
    history = attempt_history(database=database, user_id=user_id, item_id="overfitting")
    assert [record.id for record in history] == [second, first]
    assert history[0].body == "Ünïcode ✓ answer"
    assert history[1].evidence == {"key_points": [{"id": "definition", "status": "covered"}]}
    assert history[1].score == 0.4
    assert history[1].created_at == NOW
    assert history[1].created_at.tzinfo is not None


@pytest.mark.parametrize(
    ("body", "score", "message"),
    [("   ", None, "empty"), ("x" * 200_001, None, "too long"), ("fine", 1.5, "between 0 and 1")],
)
def test_bad_attempts_are_refused_and_nothing_is_stored(
    database: Database, content_dir: Path, body: str, score: float | None, message: str
) -> None:
    clock = FixedClock(NOW)
    item = load_bank([content_dir]).get("overfitting")
    user_id = ensure_local_user(database=database, clock=clock)
    with pytest.raises(InputError, match=message):
        record_attempt(database=database, clock=clock, user_id=user_id, item=item, body=body, score=score)
    assert attempt_history(database=database, user_id=user_id, item_id="overfitting") == []


def test_transaction_rolls_back_on_error(database: Database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.add(User(username="ghost", created_at=NOW))
        session.flush()
        raise RuntimeError("boom")
    with database.transaction() as session:
        assert session.scalars(select(User).where(User.username == "ghost")).first() is None


def test_one_review_card_per_user_and_item(database: Database) -> None:
    with database.transaction() as session:
        user = User(username="ana", created_at=NOW)
        session.add(user)
        session.flush()
        card = ReviewCard(user_id=user.id, item_id="overfitting", state={"stability": 2.5}, due=NOW)
        session.add(card)
        session.flush()
        session.add(ReviewLog(card_id=card.id, rating=3, reviewed_at=NOW))
        session.add(
            InterviewSession(
                user_id=user.id,
                blueprint="full-loop",
                role="ml-engineer",
                level="mid",
                seed=7,
                state={"stage": "screening"},
                started_at=NOW,
                updated_at=NOW,
            )
        )
        user_id = user.id
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(ReviewCard(user_id=user_id, item_id="overfitting", due=NOW))
    with database.transaction() as session:
        card = session.scalars(select(ReviewCard)).one()
        assert card.state == {"stability": 2.5}
        assert card.due == NOW


def test_naive_datetimes_are_refused(database: Database) -> None:
    with (
        pytest.raises(StatementError, match="naive datetimes are not stored"),
        database.transaction() as session,
    ):
        session.add(User(username="naive", created_at=datetime(2026, 1, 1)))
        session.flush()


def test_deleting_a_user_deletes_their_attempts(database: Database) -> None:
    with database.transaction() as session:
        user = User(username="leaver", created_at=NOW)
        session.add(user)
        session.flush()
        session.add(
            Attempt(
                user_id=user.id, item_id="x", item_kind="concept", content_hash="h", body="b", created_at=NOW
            )
        )
    with database.transaction() as session:
        session.delete(session.scalars(select(User).where(User.username == "leaver")).one())
    with database.transaction() as session:
        assert session.scalars(select(Attempt).where(Attempt.item_id == "x")).first() is None


def test_bad_url_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="invalid database URL"):
        make_engine("not a url")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot create the database directory"):
        Database.open(f"sqlite:///{blocker}/aceml.db")
    (tmp_path / "garbage.db").write_bytes(b"this is not a database file" * 100)
    with pytest.raises(StoreError, match="cannot open or migrate"):
        Database.open(f"sqlite:///{tmp_path / 'garbage.db'}")
