"""Progress export and import on every backend, and the Anki deck: a history survives a move
between machines field by field, a second import adds nothing, and a bad file changes nothing."""

from __future__ import annotations

import copy
import hashlib
import json
import random
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import genanki  # type: ignore[import-untyped]
import pytest
from sqlalchemy import create_engine, inspect, select, text
from typer.testing import CliRunner, Result

from aceml.bank.collection import load_bank
from aceml.bank.models import FreeTextItem
from aceml.cli.app import app
from aceml.clock import FixedClock
from aceml.errors import ContentError, InputError, NotFound, StoreError
from aceml.services import exchange
from aceml.services.exchange import (
    ANKI_DECK_ID,
    ImportSummary,
    export_anki,
    export_progress,
    import_progress,
    parse_progress,
    read_progress_file,
    write_progress_file,
)
from aceml.services.practice import LOCAL_USERNAME, ensure_local_user
from aceml.store.database import Database
from aceml.store.tables import Attempt, Base, Draft, ReviewCard, ReviewLog, User
from tests.factories import write_item, write_problem

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
START = NOW - timedelta(days=400)
KINDS = ["concept", "behavioral", "design", "case", "problem", "dataset"]
ITEMS = [(f"item-{n:02d}", KINDS[n % len(KINDS)]) for n in range(30)]
CARD_ITEMS = [item_id for item_id, _ in ITEMS[:24]]
VERDICTS = ["AC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "IE"]
BODIES = [
    "Overfitting: the model memorises noise; regularise, add data, stop early.",
    "Naïve Bayes ≠ logistic regression — “generative” vs discriminative ✓ 🙂",
    "def softmax(x):\n    z = x - x.max()\n    return np.exp(z) / np.exp(z).sum()\n",
    "日本語の回答。\tTabs, 'quotes', \"double\", back\\slash, <html> & ampersands.",
    "",
]


# --- building and reading histories ------------------------------------------------------------


def _evidence(rng: random.Random, n: int) -> dict[str, Any]:
    choices: list[dict[str, Any]] = [
        {},
        {
            "key_points": [
                {"id": "definition", "status": "covered", "evidence": "naïve “quote” ✓"},
                {"id": "remedy", "status": rng.choice(["partial", "missed"]), "evidence": None},
            ],
            "grader": {"backend": "lexical", "version": 3, "weights": [0.5, 1.25, 1e-9, -0.0]},
        },
        {
            "tests": [
                {"index": i, "verdict": rng.choice(VERDICTS), "cpu_ms": rng.random() * 50} for i in range(3)
            ]
        },
        {
            "日本語": "テスト",
            "nested": {"a": {"b": {"c": [1, [2, [3, {"d": True}]], None]}}},
            "big": 2**62 + n,
        },
        {"flags": [True, False], "empty": {"list": [], "dict": {}}, "text": "line\nbreak\u2028sep"},
    ]
    return choices[n % len(choices)]


def _card_state(rng: random.Random, n: int, due: datetime, last: datetime | None) -> dict[str, Any]:
    return {
        "card_id": 1_700_000_000_000 + n,
        "state": rng.choice([1, 2, 3]),
        "step": rng.choice([None, 0, 1]),
        "stability": None if last is None else rng.random() * 40,
        "difficulty": None if last is None else 1 + rng.random() * 9,
        "due": due.isoformat(),
        "last_review": None if last is None else last.isoformat(),
    }


def _build_history(database: Database, user_id: int, *, seed: int, attempts: int = 230) -> None:
    """Write a varied history: attempts of every kind, cards, logs linked to attempts, drafts."""
    rng = random.Random(seed)
    with database.transaction() as session:
        rows: list[Attempt] = []
        moment = START
        for n in range(attempts):
            item_id, kind = ITEMS[rng.randrange(len(ITEMS))]
            moment += timedelta(minutes=rng.randint(1, 2000), microseconds=rng.randint(0, 999_999))
            rows.append(
                Attempt(
                    user_id=user_id,
                    item_id=item_id,
                    item_kind=kind,
                    content_hash=hashlib.sha256(item_id.encode()).hexdigest(),
                    body=f"{rng.choice(BODIES)} #{n}" if n % 17 else "",
                    score=rng.choice([None, 0.0, 1.0, round(rng.random(), 3), rng.random()]),
                    verdict=rng.choice(VERDICTS) if kind in ("problem", "dataset") else None,
                    evidence=_evidence(rng, n),
                    duration_ms=rng.choice([None, 0, rng.randint(1, 3_600_000)]),
                    hints_used=rng.randint(0, 3),
                    created_at=moment,
                )
            )
        # Two identical attempts (same item, instant and body) are two entries of history.
        last = rows[-1]
        rows.append(
            Attempt(
                user_id=user_id,
                item_id=last.item_id,
                item_kind=last.item_kind,
                content_hash=last.content_hash,
                body=last.body,
                score=0.25,
                verdict=last.verdict,
                evidence={"again": True},
                duration_ms=None,
                hints_used=0,
                created_at=last.created_at,
            )
        )
        session.add_all(rows)
        session.flush()
        cards: dict[str, ReviewCard] = {}
        for n, item_id in enumerate(CARD_ITEMS):
            last_review = None if n % 5 == 0 else START + timedelta(days=n, seconds=n * 7.5)
            due = NOW + timedelta(days=n - 10, microseconds=n)
            cards[item_id] = ReviewCard(
                user_id=user_id,
                item_id=item_id,
                state=_card_state(rng, n, due, last_review),
                due=due,
                last_review=last_review,
            )
        session.add_all(cards.values())
        session.flush()
        linked = [row for row in rows if row.item_id in cards]
        for row in rng.sample(linked, min(70, len(linked))):
            session.add(
                ReviewLog(
                    card_id=cards[row.item_id].id,
                    attempt_id=row.id,
                    rating=rng.randint(1, 4),
                    reviewed_at=row.created_at + timedelta(seconds=1),
                    duration_ms=row.duration_ms,
                )
            )
        for n in range(12):  # reviews rated by hand, without an attempt
            session.add(
                ReviewLog(
                    card_id=cards[CARD_ITEMS[n]].id,
                    attempt_id=None,
                    rating=1 + n % 4,
                    reviewed_at=START + timedelta(days=n, hours=3),
                    duration_ms=None if n % 2 else 1234,
                )
            )
        for n in range(9):
            session.add(
                Draft(
                    user_id=user_id,
                    item_id=ITEMS[n * 3][0],
                    body=f"draft {n}: ünïcödé ✓\nsecond line 🙂" if n else "",
                    updated_at=NOW - timedelta(hours=n, microseconds=n),
                )
            )


def _make_user(database: Database, username: str, *, role: str = "ml-engineer", level: str = "mid") -> int:
    with database.transaction() as session:
        user = User(username=username, target_role=role, target_level=level, created_at=START)
        session.add(user)
        session.flush()
        return user.id


def _fields(row: Base) -> dict[str, Any]:
    """Every column of ``row`` except surrogate keys and links (those are compared by meaning)."""
    skip = {"id", "user_id", "card_id", "attempt_id"}
    return {
        column.key: getattr(row, column.key)
        for column in inspect(type(row)).columns
        if column.key not in skip
    }


def _history(database: Database, username: str = LOCAL_USERNAME) -> dict[str, list[dict[str, Any]]]:
    """One user's history as plain data, in stored order, links replaced by what they point at."""
    with database.transaction() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        attempts = session.scalars(
            select(Attempt).where(Attempt.user_id == user.id).order_by(Attempt.id)
        ).all()
        cards = session.scalars(
            select(ReviewCard).where(ReviewCard.user_id == user.id).order_by(ReviewCard.id)
        ).all()
        logs = session.scalars(
            select(ReviewLog).where(ReviewLog.card_id.in_([card.id for card in cards])).order_by(ReviewLog.id)
        ).all()
        drafts = session.scalars(select(Draft).where(Draft.user_id == user.id).order_by(Draft.id)).all()
        attempt_by_id = {row.id: _fields(row) for row in attempts}
        card_item = {card.id: card.item_id for card in cards}
        return {
            "user": [_fields(user)],
            "attempts": [_fields(row) for row in attempts],
            "review_cards": [_fields(row) for row in cards],
            "review_logs": [
                _fields(row)
                | {
                    "card": card_item[row.card_id],
                    "attempt": None if row.attempt_id is None else attempt_by_id[row.attempt_id],
                }
                for row in logs
            ],
            "drafts": [_fields(row) for row in drafts],
        }


def _dump(database: Database, *, without: str = "") -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but ``without``), ids included: the whole database's content."""
    with database.engine.connect() as connection:
        return {
            table.name: [tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))]
            for table in Base.metadata.sorted_tables
            if table.name != without
        }


def _renumbered(document: dict[str, Any]) -> dict[str, Any]:
    """The document with attempt ids replaced by positions and without its export time."""
    result = copy.deepcopy(document)
    del result["exported_at"]
    position = {attempt["id"]: index for index, attempt in enumerate(result["attempts"])}
    for attempt in result["attempts"]:
        attempt["id"] = position[attempt["id"]]
    for log in result["review_logs"]:
        log["attempt_id"] = None if log["attempt_id"] is None else position[log["attempt_id"]]
    return result


def _through_file(document: dict[str, Any], path: Path) -> object:
    write_progress_file(document=document, path=path)
    return read_progress_file(path)


@pytest.fixture
def fresh(database: Database, database_url: str, tmp_path: Path) -> Iterator[Callable[[], Database]]:
    """Make an empty, migrated database on the same backend (PostgreSQL: the same one, emptied)."""
    opened: list[Database] = []

    def make() -> Database:
        if database_url.startswith("sqlite"):
            target = Database.open(f"sqlite:///{tmp_path / f'fresh-{len(opened)}.db'}")
        else:
            for old in [database, *opened]:
                old.close()
            engine = create_engine(database_url)
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
            engine.dispose()
            target = Database.open(database_url)
        opened.append(target)
        return target

    yield make
    for target in opened:
        target.close()


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A valid exported progress file of a 231-attempt history (built once, on SQLite)."""
    source = Database.open(f"sqlite:///{tmp_path_factory.mktemp('source') / 'source.db'}")
    user_id = _make_user(source, LOCAL_USERNAME, role="research-scientist", level="senior")
    _build_history(source, user_id, seed=11)
    exported = export_progress(database=source, user_id=user_id, clock=FixedClock(NOW))
    source.close()
    return exported


# --- round trips -------------------------------------------------------------------------------


def test_round_trip_into_a_fresh_database_keeps_every_field(
    database: Database, fresh: Callable[[], Database], tmp_path: Path
) -> None:
    user_id = _make_user(database, LOCAL_USERNAME, role="research-scientist", level="senior")
    _build_history(database, user_id, seed=7)
    other = _make_user(database, "someone-else")
    _build_history(database, other, seed=8, attempts=5)
    before = _history(database)
    assert len(before["attempts"]) >= 200 and len(before["review_cards"]) >= 20
    assert any(row["attempt"] is not None for row in before["review_logs"])

    document = export_progress(database=database, user_id=user_id, clock=FixedClock(NOW))
    assert document["format"] == "aceml-progress" and document["version"] == 1
    assert document["exported_at"] == "2026-05-04T09:30:00+00:00"
    assert len(document["attempts"]) == len(before["attempts"])  # none of someone-else's rows
    data = _through_file(document, tmp_path / "progress.json")

    target = fresh()
    # The other machine already has its local user, created later and with default targets.
    local = ensure_local_user(database=target, clock=FixedClock(NOW))
    summary = import_progress(database=target, user_id=local, data=data)
    assert summary == ImportSummary(
        attempts_added=len(before["attempts"]),
        review_cards_added=len(before["review_cards"]),
        review_logs_added=len(before["review_logs"]),
        drafts_added=len(before["drafts"]),
    )
    after = _history(target)
    for table in before:
        assert len(after[table]) == len(before[table]), table
        for index, (old, new) in enumerate(zip(before[table], after[table], strict=True)):
            assert new == old, f"{table}[{index}]"
    # And the file itself round-trips: exporting the new machine gives the same document.
    again = export_progress(database=target, user_id=local, clock=FixedClock(NOW + timedelta(days=1)))
    assert _renumbered(again) == _renumbered(document)


def test_importing_twice_adds_nothing(
    database: Database, fresh: Callable[[], Database], document: dict[str, Any]
) -> None:
    target = fresh()
    user_id = ensure_local_user(database=target, clock=FixedClock(NOW))
    first = import_progress(database=target, user_id=user_id, data=copy.deepcopy(document))
    assert first.attempts_added == 231 and first.attempts_skipped == 0
    before = _dump(target)
    second = import_progress(database=target, user_id=user_id, data=copy.deepcopy(document))
    assert second == ImportSummary(
        attempts_skipped=231,
        review_cards_skipped=len(document["review_cards"]),
        review_logs_skipped=len(document["review_logs"]),
        drafts_skipped=len(document["drafts"]),
    )
    assert _dump(target) == before


def test_import_merges_with_history_already_here(database: Database, document: dict[str, Any]) -> None:
    user_id = _make_user(database, LOCAL_USERNAME)
    import_progress(database=database, user_id=user_id, data=copy.deepcopy(document))
    changed = copy.deepcopy(document)
    changed["user"]["target_level"] = "junior"
    # Card 1 was reviewed again on the other machine; card 2 carries an older review than ours.
    newer, older = changed["review_cards"][1], changed["review_cards"][2]
    newer["last_review"] = "2026-05-03T08:00:00.5+02:00"
    newer["state"] = {"stability": 99.5, "note": "reviewed elsewhere"}
    older["last_review"] = "2020-01-01T00:00:00+00:00"
    older["state"] = {"stale": True}
    changed["drafts"][1]["body"] = "typed later elsewhere"
    changed["drafts"][1]["updated_at"] = "2026-06-01T00:00:00Z"
    changed["attempts"].append(
        dict(changed["attempts"][0], id=-5, body="a new answer", created_at="2026-05-03T10:00:00Z")
    )
    changed["review_logs"].append(
        {
            "item_id": newer["item_id"],
            "attempt_id": -5,
            "rating": 4,
            "reviewed_at": "2026-05-03T10:00:01Z",
            "duration_ms": 5,
        }
    )
    summary = import_progress(database=database, user_id=user_id, data=changed)
    assert summary == ImportSummary(
        attempts_added=1,
        attempts_skipped=231,
        review_cards_updated=1,
        review_cards_skipped=len(document["review_cards"]) - 1,
        review_logs_added=1,
        review_logs_skipped=len(document["review_logs"]),
        drafts_updated=1,
        drafts_skipped=len(document["drafts"]) - 1,
    )
    history = _history(database)
    assert history["user"][0]["target_level"] == "junior"
    cards = {card["item_id"]: card for card in history["review_cards"]}
    assert cards[newer["item_id"]]["state"] == {"stability": 99.5, "note": "reviewed elsewhere"}
    assert cards[newer["item_id"]]["last_review"] == datetime(2026, 5, 3, 6, 0, 0, 500_000, tzinfo=UTC)
    assert cards[older["item_id"]]["state"] == document["review_cards"][2]["state"]
    assert history["drafts"][1]["body"] == "typed later elsewhere"
    log = history["review_logs"][-1]
    assert log["card"] == newer["item_id"] and log["attempt"]["body"] == "a new answer"


# --- invalid files -----------------------------------------------------------------------------


def _set(path: str, value: object) -> Callable[[Any], Any]:
    def change(document: Any) -> Any:
        *parents, last = path.split("/")
        target = document
        for part in parents:
            target = target[int(part) if part.isdigit() else part]
        if value is KeyError:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
        return document

    return change


def _append_copy(section: str, index: int) -> Callable[[Any], Any]:
    def change(document: Any) -> Any:
        document[section].append(copy.deepcopy(document[section][index]))
        return document

    return change


INVALID = [
    pytest.param(
        lambda _: [1, 2], r"not an aceml progress file: the top level is a list", id="not-an-object"
    ),
    pytest.param(
        _set("format", "anki"),
        r"not an aceml progress file: format: expected 'aceml-progress', found 'anki'",
        id="wrong-format",
    ),
    pytest.param(_set("format", KeyError), r"format: expected 'aceml-progress', found None", id="no-format"),
    pytest.param(
        _set("version", 2),
        r"^version: unsupported progress file version 2 \(written by a newer aceml\?\)",
        id="newer-version",
    ),
    pytest.param(
        _set("version", "1"), r"^version: unsupported progress file version '1'", id="version-as-text"
    ),
    pytest.param(
        _set("attempts/12/score", KeyError),
        r"^invalid progress file: attempts\[12\]\.score: Field required$",
        id="missing-field",
    ),
    pytest.param(
        _set("review_logs", KeyError),
        r"^invalid progress file: review_logs: Field required$",
        id="missing-section",
    ),
    pytest.param(
        _set("attempts/12/score", 1.5),
        r"attempts\[12\]\.score: Input should be less than or equal to 1$",
        id="score-above-1",
    ),
    pytest.param(
        _set("attempts/12/score", float("nan")),
        r"attempts\[12\]\.score: Input should be a finite number",
        id="score-nan",
    ),
    pytest.param(
        _set("attempts/3/created_at", "2026-01-01T10:00:00"),
        r"attempts\[3\]\.created_at: Input should have timezone info",
        id="naive-datetime",
    ),
    pytest.param(
        _set("review_cards/0/due", 1767225600), r"review_cards\[0\]\.due: .*ISO 8601", id="datetime-as-number"
    ),
    pytest.param(
        _set("drafts/0/updated_at", "yesterday"),
        r"drafts\[0\]\.updated_at: Input should be a valid datetime",
        id="datetime-garbage",
    ),
    pytest.param(
        _set("review_logs/5/attempt_id", 999_999),
        r"review_logs\[5\]\.attempt_id: no attempt with id 999999 in this file",
        id="dangling-attempt",
    ),
    pytest.param(
        _set("review_logs/0/item_id", "nowhere"),
        r"review_logs\[0\]\.item_id: no review card for item 'nowhere' in this file",
        id="dangling-card",
    ),
    pytest.param(
        _set("drafts/0/colour", "red"),
        r"drafts\[0\]\.colour: Extra inputs are not permitted",
        id="unknown-key",
    ),
    pytest.param(
        _set("attempts/0/hints_used", "2"),
        r"attempts\[0\]\.hints_used: Input should be a valid integer",
        id="number-as-text",
    ),
    pytest.param(
        _set("attempts/0/duration_ms", -1),
        r"attempts\[0\]\.duration_ms: Input should be greater than or equal to 0",
        id="negative-duration",
    ),
    pytest.param(
        _set("review_logs/0/rating", 5),
        r"review_logs\[0\]\.rating: Input should be less than or equal to 4",
        id="rating-5",
    ),
    pytest.param(
        _set("attempts/1/evidence", {"x": [1, float("inf")]}),
        r"attempts\[1\]\.evidence: x\[1\]: inf is not a finite number",
        id="infinite-evidence",
    ),
    pytest.param(
        _set("attempts/2/body", "a\x00b"), r"attempts\[2\]\.body: text must not contain NUL", id="nul-in-body"
    ),
    pytest.param(
        _set("attempts/2/item_id", "x" * 81),
        r"attempts\[2\]\.item_id: String should have at most 80 characters",
        id="long-item-id",
    ),
    pytest.param(
        _set("user/target_role", None), r"user\.target_role: Input should be a valid string", id="null-role"
    ),
    pytest.param(
        _append_copy("review_cards", 0),
        r"review_cards\[24\]\.item_id: a card for item 'item-00' is repeated",
        id="duplicate-card",
    ),
    pytest.param(
        _append_copy("attempts", 0),
        r"attempts\[231\]\.id: attempt id \d+ is repeated",
        id="duplicate-attempt-id",
    ),
    pytest.param(
        _set("attempts/2/body", "\ud800"),
        r"attempts\[2\]\.body: text is not valid Unicode",
        id="lone-surrogate",
    ),
    pytest.param(
        _set("attempts/0/created_at", "0001-01-01T00:00:00+01:00"),
        r"attempts\[0\]\.created_at: date-time out of range",
        id="datetime-overflow",
    ),
    pytest.param(
        _set("review_cards/3/state", {"a": {"b": [1, {"c": "\x00"}]}}),
        r"review_cards\[3\]\.state: a\.b\[1\]\.c: text must not contain NUL",
        id="nul-in-state",
    ),
    pytest.param(
        _set("attempts/1/evidence", {"deep": json.loads("[" * 70 + "]" * 70)}),
        r"attempts\[1\]\.evidence: deep(\[0\])+: nested more than 64 levels deep",
        id="too-deep-evidence",
    ),
    pytest.param(
        _set("attempts/1/evidence", {"x": {1, 2}}),
        r"attempts\[1\]\.evidence: x: a set is not a JSON value",
        id="not-json-value",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), INVALID)
def test_an_invalid_file_is_refused_by_path_and_changes_nothing(
    database: Database, document: dict[str, Any], mutate: Callable[[Any], Any], message: str
) -> None:
    user_id = _make_user(database, LOCAL_USERNAME)
    _build_history(database, user_id, seed=3, attempts=20)
    before = _dump(database)
    bad = mutate(copy.deepcopy(document))
    with pytest.raises(InputError, match=message) as caught:
        import_progress(database=database, user_id=user_id, data=bad)
    assert "\n" not in str(caught.value)
    assert _dump(database) == before


def test_a_failure_midway_changes_nothing(database: Database, document: dict[str, Any]) -> None:
    user_id = _make_user(database, LOCAL_USERNAME)
    with database.engine.begin() as connection:  # drafts are merged last, after everything else
        connection.execute(text("DROP TABLE drafts"))
    before = _dump(database, without="drafts")
    with pytest.raises(StoreError, match="the import failed and changed nothing"):
        import_progress(database=database, user_id=user_id, data=copy.deepcopy(document))
    assert _dump(database, without="drafts") == before


def test_exporting_an_unknown_user_is_not_found(database: Database) -> None:
    with pytest.raises(NotFound, match="no user with id 404"):
        export_progress(database=database, user_id=404, clock=FixedClock(NOW))
    with pytest.raises(NotFound, match="no user with id 404"):
        import_progress(database=database, user_id=404, data=_minimal())


def _minimal() -> dict[str, Any]:
    return {
        "format": "aceml-progress",
        "version": 1,
        "exported_at": "2026-05-04T09:30:00Z",
        "user": {
            "username": "local",
            "target_role": "ml-engineer",
            "target_level": "mid",
            "created_at": "2026-01-01T00:00:00Z",
        },
        "attempts": [],
        "review_cards": [],
        "review_logs": [],
        "drafts": [],
    }


def test_several_problems_are_counted_in_one_line(document: dict[str, Any]) -> None:
    bad = copy.deepcopy(document)
    bad["attempts"][0]["score"] = 2
    bad["attempts"][1]["score"] = -1
    bad["drafts"][0]["body"] = 7
    with pytest.raises(InputError, match=r"attempts\[0\]\.score: .* \(and 2 more problem\(s\)\)$"):
        parse_progress(bad)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"format": "aceml-progress",\n  "version": 1,,\n}',
            r"is not valid JSON: Expecting property name .* at line 2, column 16",
        ),
        (b"", r"is not valid JSON: Expecting value at line 1, column 1"),
        (b'{"body": "\xff\xfe"}', r"is not UTF-8 text \(invalid byte at offset 10\)"),
        (b"[" * 100_000 + b"]" * 100_000, r"JSON nested too deeply"),
    ],
    ids=["syntax-error", "empty", "not-utf8", "too-deep"],
)
def test_unreadable_files_get_one_line_messages(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_progress_file(path)


def test_oversized_and_missing_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 101)
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 100)
    with pytest.raises(InputError, match="is larger than 0 MiB"):
        read_progress_file(path)
    with pytest.raises(InputError, match="cannot read .*missing.json: No such file"):
        read_progress_file(tmp_path / "missing.json")


def test_a_utf8_bom_is_accepted(tmp_path: Path, document: dict[str, Any]) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())
    assert parse_progress(read_progress_file(path)).attempts[0].id == document["attempts"][0]["id"]


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content_dir: Path) -> Callable[..., Result]:
    monkeypatch.setenv("ACEML_CONTENT_DIR", str(content_dir))
    monkeypatch.setenv("ACEML_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ACEML_GRADER_BACKEND", "lexical")
    monkeypatch.delenv("ACEML_CONTENT_PATH", raising=False)
    monkeypatch.delenv("ACEML_DATABASE_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(app, list(args))

    return invoke


def _local_history(database: Database) -> int:
    user_id = ensure_local_user(database=database, clock=FixedClock(START))
    _build_history(database, user_id, seed=5, attempts=40)
    return user_id


def test_cli_export_then_import_progress_on_another_machine(
    cli: Callable[..., Result],
    database: Database,
    database_url: str,
    fresh: Callable[[], Database],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("ACEML_DATABASE_URL", database_url)
    _local_history(database)
    before = _history(database)
    result = cli("export", "progress", str(tmp_path / "progress.json"))
    assert result.exit_code == 0, result.output
    counts = [len(before[table]) for table in ("attempts", "review_cards", "review_logs", "drafts")]
    assert result.output == (
        f"exported {counts[0]} attempts, {counts[1]} review cards, {counts[2]} review logs and "
        f"{counts[3]} drafts to {tmp_path / 'progress.json'}\n"
    )
    assert json.loads((tmp_path / "progress.json").read_text(encoding="utf-8"))["format"] == "aceml-progress"
    assert not [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")]

    target = fresh()
    monkeypatch.setenv("ACEML_DATABASE_URL", target.engine.url.render_as_string(hide_password=False))
    result = cli("import", "progress", str(tmp_path / "progress.json"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        f"imported {tmp_path / 'progress.json'}: attempts 41 added, 0 already here;"
    )
    assert len(result.output.splitlines()) == 1
    assert _history(target) == before
    result = cli("import", "progress", str(tmp_path / "progress.json"))
    assert "attempts 0 added, 41 already here" in result.output
    assert f"review logs 0 added, {counts[2]} already here" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "{not json",
            r"is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2",
        ),
        (
            '{"format": "aceml-progress", "version": 1}',
            r"invalid progress file: exported_at: Field required \(and 5 more problem\(s\)\)",
        ),
    ],
    ids=["not-json", "incomplete"],
)
def test_cli_import_of_a_bad_file_exits_1_with_one_line_and_changes_nothing(
    cli: Callable[..., Result],
    database: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: str,
    message: str,
) -> None:
    monkeypatch.setenv("ACEML_DATABASE_URL", database_url)
    _local_history(database)
    before = _dump(database)
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    result = cli("import", "progress", str(tmp_path / "bad.json"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    assert re.search(message, lines[0]), lines[0]
    assert _dump(database) == before


def test_cli_import_of_a_bad_file_does_not_even_create_the_local_user(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    result = cli("import", "progress", str(tmp_path / "bad.json"))
    assert result.exit_code == 1
    assert "the top level is a list" in result.output
    assert not (tmp_path / "data" / "aceml.db").exists()


def _notes(apkg: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(apkg) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        collection = apkg.parent / f"{apkg.stem}.anki2"
        collection.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(collection)
    try:
        decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
        assert str(ANKI_DECK_ID) in decks and decks[str(ANKI_DECK_ID)]["name"] == "aceml"
        rows = connection.execute("SELECT guid, flds, tags FROM notes ORDER BY guid").fetchall()
    finally:
        connection.close()
    return [(str(guid), str(fields), str(tags)) for guid, fields, tags in rows]


def test_cli_export_anki_writes_one_note_per_free_text_item(
    cli: Callable[..., Result], content_dir: Path, tmp_path: Path
) -> None:
    write_item(
        content_dir / "concept",
        "escaping",
        prompt='Why is <script>alert("x")</script> & co. dangerous?',
        body="First paragraph with <b>tags</b> & ampersands, long enough to be a real model answer "
        "for the validator, which wants thirty words at the very least in the body of every item.\n\n"
        "Second paragraph.",
    )
    write_problem(content_dir / "problems")
    free_text = [item for item in load_bank([content_dir]) if isinstance(item, FreeTextItem)]
    assert len(free_text) == 4

    result = cli("export", "anki", str(tmp_path / "deck.apkg"))
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote 4 notes (deck 'aceml') to {tmp_path / 'deck.apkg'}\n"
    notes = _notes(tmp_path / "deck.apkg")
    assert len(notes) == 4
    assert sorted(guid for guid, _, _ in notes) == sorted(
        genanki.guid_for("aceml", item.id) for item in free_text
    )
    escaping = next(note for note in notes if note[0] == genanki.guid_for("aceml", "escaping"))
    front, back = escaping[1].split("\x1f")
    assert front == "Why is &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co. dangerous?"
    assert back.startswith("<p>First paragraph with &lt;b&gt;tags&lt;/b&gt; &amp; ampersands")
    assert "</p><p>Second paragraph.</p><p><b>Key points</b></p><ul><li>States what the idea is" in back
    assert escaping[2].split() == ["aceml::kind::concept", "aceml::topic::fundamentals"]

    # A re-export carries the same note guids and deck id, so Anki updates instead of duplicating.
    assert cli("export", "anki", str(tmp_path / "again.apkg")).exit_code == 0
    assert [guid for guid, _, _ in _notes(tmp_path / "again.apkg")] == [guid for guid, _, _ in notes]


def test_cli_export_to_a_missing_directory_is_one_line(cli: Callable[..., Result], tmp_path: Path) -> None:
    for command in ("anki", "progress"):
        result = cli("export", command, str(tmp_path / "nowhere" / "out"))
        assert result.exit_code == 1
        assert result.output.startswith("error: cannot write") and len(result.output.splitlines()) == 1
        assert "Traceback" not in result.output


def test_anki_export_needs_a_free_text_item(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no free-text items"):
        export_anki(items=[], path=tmp_path / "deck.apkg", now=NOW)
    assert not (tmp_path / "deck.apkg").exists()
