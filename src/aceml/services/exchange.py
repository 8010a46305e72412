"""Moving progress between machines, and study decks for Anki.

A progress file is one JSON document (:func:`export_progress`) with every row of a user's history:
attempts, review cards, review logs and drafts, times as ISO 8601 UTC strings. A review log names
its card by item id and its attempt by that attempt's ``id`` *in the file*, so links survive the
renumbering an import does. :func:`import_progress` validates the whole document before it writes
anything, then writes in one transaction and skips what the database already holds, so importing
the same file twice adds nothing.
"""

from __future__ import annotations

import html
import itertools
import json
import math
import os
import re
import sqlite3
import tempfile
import zipfile
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import genanki  # type: ignore[import-untyped]
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)
from sqlalchemy.exc import SQLAlchemyError

from aceml.bank.models import FreeTextItem, Item
from aceml.clock import Clock, require_utc
from aceml.errors import ContentError, InputError, NotFound, StoreError
from aceml.store.database import Database
from aceml.store.repositories import HistoryRepository
from aceml.store.tables import Attempt, Draft, ReviewCard, ReviewLog, User

FORMAT = "aceml-progress"
VERSION = 1
MAX_FILE_BYTES = 50 << 20
MAX_JSON_DEPTH = 64
_INT32_MAX = 2**31 - 1  # the Integer columns are 32-bit on PostgreSQL

# Fixed ids, so a re-exported deck updates the one already in Anki instead of adding a second.
ANKI_DECK_ID = 1_742_061_713
ANKI_MODEL_ID = 1_742_061_714
ANKI_DECK_NAME = "aceml"

R = TypeVar("R")


# --- the progress document -------------------------------------------------------------------


def _clean_text(value: str) -> str:
    # Both databases refuse NUL characters and lone surrogates, mid-transaction; refuse them here.
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text is not valid Unicode (it holds a lone surrogate)") from None
    return value


def _iso_text(value: object) -> object:
    if not isinstance(value, str):
        raise ValueError("expected an ISO 8601 date-time string with a time zone")
    return value


def _to_utc(moment: datetime) -> datetime:
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("date-time out of range") from None


def _check_json(value: object, where: str, depth: int) -> None:
    if depth > MAX_JSON_DEPTH:
        raise ValueError(f"{where}: nested more than {MAX_JSON_DEPTH} levels deep")
    if isinstance(value, dict):
        for key, inner in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{where}: key {key!r} is not text")
            _check_json(key, where, depth + 1)
            _check_json(inner, f"{where}.{key}", depth + 1)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            _check_json(inner, f"{where}[{index}]", depth + 1)
    elif isinstance(value, str):
        try:
            _clean_text(value)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{where}: {value} is not a finite number")
    elif not (value is None or isinstance(value, bool | int | float)):
        raise ValueError(f"{where}: a {type(value).__name__} is not a JSON value")


def _json_object(value: dict[str, Any]) -> dict[str, Any]:
    for key, inner in value.items():
        _check_json(key, "(key)", 1)
        _check_json(inner, key, 1)
    return value


def _text(min_length: int = 0, max_length: int | None = None) -> Any:
    return StringConstraints(min_length=min_length, max_length=max_length)


Text = Annotated[str, AfterValidator(_clean_text)]
ItemId = Annotated[str, _text(1, 80), AfterValidator(_clean_text)]
Timestamp = Annotated[AwareDatetime, Field(strict=False), BeforeValidator(_iso_text), AfterValidator(_to_utc)]
JsonObject = Annotated[dict[str, Any], AfterValidator(_json_object)]
Count = Annotated[int, Field(ge=0, le=_INT32_MAX)]


class _Row(BaseModel):
    # Strict: "3" is not an int and 1 is not a string; unknown keys are typos or a newer format.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)


class UserRow(_Row):
    """The candidate's profile. The password hash is never exported: it is a credential."""

    username: Annotated[str, _text(1, 64), AfterValidator(_clean_text)]
    target_role: Annotated[str, _text(1, 32), AfterValidator(_clean_text)]
    target_level: Annotated[str, _text(1, 16), AfterValidator(_clean_text)]
    created_at: Timestamp


class AttemptRow(_Row):
    """One attempt; ``id`` is its id on the exporting machine, which review logs refer to."""

    id: int
    item_id: ItemId
    item_kind: Annotated[str, _text(1, 16), AfterValidator(_clean_text)]
    content_hash: Annotated[str, _text(0, 64), AfterValidator(_clean_text)]
    body: Text
    score: Annotated[float, Field(ge=0.0, le=1.0)] | None
    verdict: Annotated[str, _text(1, 8), AfterValidator(_clean_text)] | None
    evidence: JsonObject
    duration_ms: Count | None
    hints_used: Count
    created_at: Timestamp


class ReviewCardRow(_Row):
    """The review state of one item."""

    item_id: ItemId
    state: JsonObject
    due: Timestamp
    last_review: Timestamp | None


class ReviewLogRow(_Row):
    """One review: its card by item id, its attempt by the attempt's ``id`` in the file."""

    item_id: ItemId
    attempt_id: int | None
    rating: Annotated[int, Field(ge=1, le=4)]
    reviewed_at: Timestamp
    duration_ms: Count | None


class DraftRow(_Row):
    """A saved, unsubmitted answer."""

    item_id: ItemId
    body: Text
    updated_at: Timestamp


class ProgressDocument(_Row):
    """A whole progress file, validated."""

    format: Literal["aceml-progress"]
    version: Literal[1]
    exported_at: Timestamp
    user: UserRow
    attempts: list[AttemptRow]
    review_cards: list[ReviewCardRow]
    review_logs: list[ReviewLogRow]
    drafts: list[DraftRow]


def _path(location: tuple[int | str, ...]) -> str:
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def _describe(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    first = errors[0]
    message = str(first["ctx"]["error"]) if first["type"] == "value_error" else first["msg"]
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return f"invalid progress file: {_path(first['loc'])}: {message}{more}"


def _unique(values: Iterable[Hashable], section: str, field: str, what: str) -> None:
    seen: set[Hashable] = set()
    for index, value in enumerate(values):
        if value in seen:
            raise InputError(
                f"invalid progress file: {section}[{index}].{field}: {what} {value!r} is repeated"
            )
        seen.add(value)


def _check_links(document: ProgressDocument) -> None:
    _unique((row.id for row in document.attempts), "attempts", "id", "attempt id")
    _unique((row.item_id for row in document.review_cards), "review_cards", "item_id", "a card for item")
    _unique((row.item_id for row in document.drafts), "drafts", "item_id", "a draft for item")
    attempts = {row.id for row in document.attempts}
    cards = {row.item_id for row in document.review_cards}
    for index, log in enumerate(document.review_logs):
        if log.item_id not in cards:
            raise InputError(
                f"invalid progress file: review_logs[{index}].item_id: "
                f"no review card for item {log.item_id!r} in this file"
            )
        if log.attempt_id is not None and log.attempt_id not in attempts:
            raise InputError(
                f"invalid progress file: review_logs[{index}].attempt_id: "
                f"no attempt with id {log.attempt_id} in this file"
            )


def parse_progress(data: object) -> ProgressDocument:
    """Validate a parsed progress file and return it as a :class:`ProgressDocument`.

    Raises:
        InputError: not a progress file, an unsupported version, or a missing, ill-typed, unknown
            or dangling field; the message names the field's path, e.g. ``attempts[12].score``.
    """
    if isinstance(data, ProgressDocument):
        return data
    if not isinstance(data, dict):
        raise InputError(
            f"not an aceml progress file: the top level is a {type(data).__name__}, not an object"
        )
    if data.get("format") != FORMAT:
        raise InputError(
            f"not an aceml progress file: format: expected {FORMAT!r}, found {data.get('format')!r}"
        )
    version = data.get("version")
    if type(version) is not int or version != VERSION:
        newer = " (written by a newer aceml?)" if type(version) is int and version > VERSION else ""
        raise InputError(
            f"version: unsupported progress file version {version!r}{newer}; this aceml reads {VERSION}"
        )
    try:
        document = ProgressDocument.model_validate(data)
    except ValidationError as exc:
        raise InputError(_describe(exc)) from None
    _check_links(document)
    return document


def read_progress_file(path: Path) -> object:
    """Read and parse a progress file (UTF-8 JSON of at most 50 MiB); return the parsed value.

    Raises:
        InputError: the file cannot be read, is too large, is not UTF-8, or is not valid JSON
            (the message gives the line and column).
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"{path} is larger than {MAX_FILE_BYTES >> 20} MiB; it is not a progress file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (invalid byte at offset {exc.start})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from exc
    except RecursionError as exc:
        raise InputError(f"{path} is not a progress file: JSON nested too deeply") from exc


# --- export ------------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()


def export_progress(*, database: Database, user_id: int, clock: Clock) -> dict[str, Any]:
    """Return every row of the user's history as a JSON-ready progress document.

    Raises:
        NotFound: no user has ``user_id``.
    """
    with database.transaction() as session:
        history = HistoryRepository(session)
        user = history.user(user_id)
        if user is None:
            raise NotFound(f"no user with id {user_id}")
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": _iso(require_utc(clock.now())),
            "user": {
                "username": user.username,
                "target_role": user.target_role,
                "target_level": user.target_level,
                "created_at": _iso(user.created_at),
            },
            "attempts": [
                {
                    "id": row.id,
                    "item_id": row.item_id,
                    "item_kind": row.item_kind,
                    "content_hash": row.content_hash,
                    "body": row.body,
                    "score": row.score,
                    "verdict": row.verdict,
                    "evidence": row.evidence,
                    "duration_ms": row.duration_ms,
                    "hints_used": row.hints_used,
                    "created_at": _iso(row.created_at),
                }
                for row in history.attempts(user_id=user_id)
            ],
            "review_cards": [
                {
                    "item_id": row.item_id,
                    "state": row.state,
                    "due": _iso(row.due),
                    "last_review": _iso(row.last_review),
                }
                for row in history.review_cards(user_id=user_id)
            ],
            "review_logs": [
                {
                    "item_id": item_id,
                    "attempt_id": log.attempt_id,
                    "rating": log.rating,
                    "reviewed_at": _iso(log.reviewed_at),
                    "duration_ms": log.duration_ms,
                }
                for log, item_id in history.review_logs(user_id=user_id)
            ],
            "drafts": [
                {"item_id": row.item_id, "body": row.body, "updated_at": _iso(row.updated_at)}
                for row in history.drafts(user_id=user_id)
            ],
        }


def write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Create ``path`` by calling ``write`` on a temporary file beside it, then renaming that file
    into place, so an error or a crash never leaves a half-written file.

    Raises:
        InputError: the file cannot be written there.
    """
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    os.close(handle)
    scratch = Path(name)
    try:
        write(scratch)
        descriptor = os.open(scratch, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(scratch, path)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        scratch.unlink(missing_ok=True)


def write_progress_file(*, document: dict[str, Any], path: Path) -> None:
    """Write a progress document to ``path`` as UTF-8 JSON, atomically.

    Raises:
        InputError: the file cannot be written there.
    """
    data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    write_atomically(path, lambda scratch: scratch.write_bytes(data))


# --- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    """What an import added, replaced with a newer version, or skipped as already present."""

    attempts_added: int = 0
    attempts_skipped: int = 0
    review_cards_added: int = 0
    review_cards_updated: int = 0
    review_cards_skipped: int = 0
    review_logs_added: int = 0
    review_logs_skipped: int = 0
    drafts_added: int = 0
    drafts_updated: int = 0
    drafts_skipped: int = 0


def _pairing(stored: Iterable[R], key: Callable[[R], Hashable]) -> Callable[[Hashable], R | None]:
    """Return ``take(key)``: the next stored row with that key not yet paired, or None.

    Pairing one to one (not testing membership) keeps two equal rows of one file both, while a
    second import of the file still finds every row already paired.
    """
    pools: defaultdict[Hashable, deque[R]] = defaultdict(deque)
    for row in stored:
        pools[key(row)].append(row)

    def take(wanted: Hashable) -> R | None:
        pool = pools.get(wanted)
        return pool.popleft() if pool else None

    return take


def _newer(candidate: datetime | None, current: datetime | None) -> bool:
    return candidate is not None and (current is None or candidate > current)


def _merge_user(user: User, row: UserRow) -> None:
    user.target_role = row.target_role
    user.target_level = row.target_level
    # The history is older than this machine's account: keep the earlier start.
    user.created_at = min(user.created_at, row.created_at)


def _merge_attempts(
    history: HistoryRepository, user_id: int, rows: list[AttemptRow]
) -> tuple[dict[int, int], int, int]:
    take = _pairing(history.attempts(user_id=user_id), lambda row: (row.item_id, row.created_at, row.body))
    ids: dict[int, int] = {}
    added: list[tuple[int, Attempt]] = []
    for row in rows:
        match = take((row.item_id, row.created_at, row.body))
        if match is not None:
            ids[row.id] = match.id
            continue
        fields = row.model_dump(exclude={"id"})
        added.append((row.id, Attempt(user_id=user_id, **fields)))
    history.add_all(attempt for _, attempt in added)
    ids.update((file_id, attempt.id) for file_id, attempt in added)
    return ids, len(added), len(rows) - len(added)


def _merge_cards(
    history: HistoryRepository, user_id: int, rows: list[ReviewCardRow]
) -> tuple[dict[str, ReviewCard], int, int, int]:
    cards = {card.item_id: card for card in history.review_cards(user_id=user_id)}
    added: list[ReviewCard] = []
    updated = 0
    for row in rows:
        card = cards.get(row.item_id)
        if card is None:
            card = ReviewCard(user_id=user_id, **row.model_dump())
            cards[row.item_id] = card
            added.append(card)
        elif _newer(row.last_review, card.last_review):
            card.state, card.due, card.last_review = row.state, row.due, row.last_review
            updated += 1
    history.add_all(added)
    return cards, len(added), updated, len(rows) - len(added) - updated


def _merge_drafts(history: HistoryRepository, user_id: int, rows: list[DraftRow]) -> tuple[int, int, int]:
    drafts = {draft.item_id: draft for draft in history.drafts(user_id=user_id)}
    added: list[Draft] = []
    updated = 0
    for row in rows:
        draft = drafts.get(row.item_id)
        if draft is None:
            added.append(Draft(user_id=user_id, **row.model_dump()))
        elif _newer(row.updated_at, draft.updated_at):
            draft.body, draft.updated_at = row.body, row.updated_at
            updated += 1
    history.add_all(added)
    return len(added), updated, len(rows) - len(added) - updated


def _merge(history: HistoryRepository, user_id: int, document: ProgressDocument) -> ImportSummary:
    user = history.user(user_id)
    if user is None:
        raise NotFound(f"no user with id {user_id}")
    _merge_user(user, document.user)
    stored_logs = history.review_logs(user_id=user_id)
    attempt_ids, attempts_added, attempts_skipped = _merge_attempts(history, user_id, document.attempts)
    cards, cards_added, cards_updated, cards_skipped = _merge_cards(history, user_id, document.review_cards)
    take = _pairing(stored_logs, lambda pair: (pair[1], pair[0].reviewed_at, pair[0].rating))
    logs = [
        ReviewLog(
            card_id=cards[row.item_id].id,
            attempt_id=None if row.attempt_id is None else attempt_ids[row.attempt_id],
            rating=row.rating,
            reviewed_at=row.reviewed_at,
            duration_ms=row.duration_ms,
        )
        for row in document.review_logs
        if take((row.item_id, row.reviewed_at, row.rating)) is None
    ]
    history.add_all(logs)
    drafts_added, drafts_updated, drafts_skipped = _merge_drafts(history, user_id, document.drafts)
    return ImportSummary(
        attempts_added=attempts_added,
        attempts_skipped=attempts_skipped,
        review_cards_added=cards_added,
        review_cards_updated=cards_updated,
        review_cards_skipped=cards_skipped,
        review_logs_added=len(logs),
        review_logs_skipped=len(document.review_logs) - len(logs),
        drafts_added=drafts_added,
        drafts_updated=drafts_updated,
        drafts_skipped=drafts_skipped,
    )


def import_progress(*, database: Database, user_id: int, data: object) -> ImportSummary:
    """Merge a progress file (parsed JSON, or a :class:`ProgressDocument`) into the user's history
    in one transaction, and return what was added, updated and skipped.

    An attempt already stored (same item, time and body) is skipped; of two versions of a review
    card or draft, the more recently reviewed or saved one is kept; a review log already stored
    (same card item, time and rating) is skipped. The user's target role and level are taken
    from the file.

    Raises:
        InputError: the document is invalid (nothing is written).
        NotFound: no user has ``user_id``.
        StoreError: the database refused the write (nothing is written).
    """
    document = parse_progress(data)
    try:
        with database.transaction() as session:
            return _merge(HistoryRepository(session), user_id, document)
    except SQLAlchemyError as exc:
        raise StoreError(f"the import failed and changed nothing: {exc.__class__.__name__}: {exc}") from exc


# --- Anki ----------------------------------------------------------------------------------------

_ANKI_CSS = """
.card { font-family: sans-serif; font-size: 18px; text-align: left; }
.prompt { font-weight: bold; }
"""
_ANKI_MODEL = genanki.Model(
    ANKI_MODEL_ID,
    "aceml free-text item",
    fields=[{"name": "Prompt"}, {"name": "Answer"}],
    templates=[
        {
            "name": "Recall",
            "qfmt": "<div class=prompt>{{Prompt}}</div>",
            "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}",
        }
    ],
    css=_ANKI_CSS,
)


def _answer_html(item: FreeTextItem) -> str:
    paragraphs = [block.strip() for block in re.split(r"\n\s*\n", item.model_answer) if block.strip()]
    answer = "".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>" for block in paragraphs)
    points = "".join(f"<li>{html.escape(point.text)}</li>" for point in item.key_points)
    return f"{answer}<p><b>Key points</b></p><ul>{points}</ul>"


def export_anki(*, items: Iterable[Item], path: Path, now: datetime) -> int:
    """Write the free-text items among ``items`` to ``path`` as an Anki package (.apkg) holding
    one deck, ``aceml``; return the number of notes. Notes carry guids derived from item ids, so
    importing a newer export into Anki updates the notes instead of duplicating them.

    Raises:
        ContentError: there is no free-text item to export.
        InputError: the file cannot be written there.
    """
    chosen = sorted((item for item in items if isinstance(item, FreeTextItem)), key=lambda item: item.id)
    if not chosen:
        raise ContentError("the bank has no free-text items to export")
    deck = genanki.Deck(ANKI_DECK_ID, ANKI_DECK_NAME)
    for item in chosen:
        tags = [f"aceml::kind::{item.kind.value}", *(f"aceml::topic::{topic.value}" for topic in item.topics)]
        deck.add_note(
            genanki.Note(
                model=_ANKI_MODEL,
                fields=[html.escape(item.prompt), _answer_html(item)],
                tags=tags,
                guid=genanki.guid_for("aceml", item.id),
            )
        )
    timestamp = require_utc(now).timestamp()

    def write(scratch: Path) -> None:
        # Package.write_to_file would leave its temporary collection behind in /tmp; build the
        # collection in a directory that is removed, then zip it as write_to_file does.
        with tempfile.TemporaryDirectory() as folder:
            collection = Path(folder) / "collection.anki2"
            connection = sqlite3.connect(collection)
            try:
                genanki.Package(deck).write_to_db(
                    connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
                )
                connection.commit()
            finally:
                connection.close()
            with zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(collection, "collection.anki2")
                archive.writestr("media", "{}")

    write_atomically(path, write)
    return len(chosen)
