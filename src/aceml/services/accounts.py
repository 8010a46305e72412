"""Accounts for server mode: sign-up and sign-in with argon2 password hashes."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from aceml.clock import Clock
from aceml.errors import InputError
from aceml.store.database import Database
from aceml.store.repositories import UserRepository

USERNAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,31}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 256
_HASHER = PasswordHasher()
# Verifying against this when the user does not exist keeps sign-in time the same either way.
_DUMMY_HASH = _HASHER.hash("not a real password, only for equal timing")


class SignInFailed(InputError):
    """Wrong username or password (one message for both, so names cannot be probed)."""


def sign_up(*, database: Database, clock: Clock, username: str, password: str) -> int:
    """Create an account and return its user id.

    Raises:
        InputError: an invalid or taken username, or a password that is too short or too long.
    """
    name = username.strip().lower()
    if not USERNAME.match(name) or name == "local":
        raise InputError("a username is 3-32 characters: lower-case letters, digits, '.', '_' or '-'")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InputError(f"a password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    with database.transaction() as session:
        users = UserRepository(session)
        if users.by_username(name) is not None:
            raise InputError(f"the username {name!r} is taken")
        return users.add(username=name, created_at=clock.now(), password_hash=_HASHER.hash(password)).id


def sign_in(*, database: Database, username: str, password: str) -> int:
    """Return the user id for valid credentials.

    Raises:
        SignInFailed: unknown user or wrong password.
    """
    name = username.strip().lower()
    with database.transaction() as session:
        users = UserRepository(session)
        user = users.by_username(name)
        stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
        try:
            _HASHER.verify(stored, password[:MAX_PASSWORD])
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user = None
        if user is None or not user.password_hash:
            raise SignInFailed("wrong username or password")
        if _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _HASHER.hash(password)
        return user.id
