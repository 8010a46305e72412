"""Recording practice: the local user and attempts. Each function is one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aceml.bank.models import Item
from aceml.clock import Clock, require_utc
from aceml.errors import InputError
from aceml.store.database import Database
from aceml.store.repositories import AttemptRepository, UserRepository

LOCAL_USERNAME = "local"
MAX_BODY_CHARS = 200_000


@dataclass(frozen=True)
class AttemptRecord:
    """A stored attempt, as plain data."""

    id: int
    item_id: str
    body: str
    score: float | None
    verdict: str | None
    evidence: dict[str, Any]
    created_at: datetime


def ensure_local_user(*, database: Database, clock: Clock) -> int:
    """Return the id of the single local-mode user, creating it on first use."""
    with database.transaction() as session:
        users = UserRepository(session)
        user = users.by_username(LOCAL_USERNAME) or users.add(username=LOCAL_USERNAME, created_at=clock.now())
        return user.id


def check_body(body: str) -> None:
    """Refuse an empty or oversized answer or submission.

    Raises:
        InputError: the body is empty or too long.
    """
    if not body.strip():
        raise InputError("the answer is empty")
    if len(body) > MAX_BODY_CHARS:
        raise InputError(f"the answer is too long ({len(body)} characters; the limit is {MAX_BODY_CHARS})")


def record_attempt(
    *,
    database: Database,
    clock: Clock,
    user_id: int,
    item: Item,
    body: str,
    score: float | None = None,
    verdict: str | None = None,
    evidence: dict[str, Any] | None = None,
    duration_ms: int | None = None,
) -> int:
    """Store one answer or submission and return its id; committed when this returns.

    Raises:
        InputError: the body is empty or too large, or the score is outside [0, 1].
    """
    check_body(body)
    if score is not None and not 0.0 <= score <= 1.0:
        raise InputError(f"score must be between 0 and 1, got {score}")
    with database.transaction() as session:
        attempt = AttemptRepository(session).add(
            user_id=user_id,
            item_id=item.id,
            item_kind=item.kind.value,
            content_hash=item.content_hash,
            body=body,
            score=score,
            verdict=verdict,
            evidence=evidence,
            duration_ms=duration_ms,
            created_at=require_utc(clock.now()),
        )
        return attempt.id


def attempt_history(*, database: Database, user_id: int, item_id: str) -> list[AttemptRecord]:
    """Return the user's attempts at one item, newest first."""
    with database.transaction() as session:
        return [
            AttemptRecord(
                id=row.id,
                item_id=row.item_id,
                body=row.body,
                score=row.score,
                verdict=row.verdict,
                evidence=dict(row.evidence),
                created_at=row.created_at,
            )
            for row in AttemptRepository(session).for_item(user_id=user_id, item_id=item_id)
        ]


def set_target(*, database: Database, user_id: int, role: str, level: str) -> None:
    """Set the role and level the candidate is preparing for (they shape selection and mocks).

    Raises:
        InputError: an unknown role or level.
    """
    from aceml.interview.blueprints import LEVELS, ROLES

    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if level not in LEVELS:
        raise InputError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    with database.transaction() as session:
        user = UserRepository(session).by_id(user_id)
        if user is None:
            raise InputError(f"no user with id {user_id}")
        user.target_role, user.target_level = role, level
