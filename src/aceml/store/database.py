"""Engines, sessions and schema migrations.

SQLite (the default) runs in WAL mode with ``synchronous=FULL`` and foreign keys on, so a
committed attempt survives a crash of the writing process; PostgreSQL is selected by URL.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from aceml.errors import StoreError

MIGRATIONS = "aceml.store:migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; for a SQLite file, create its directory first.

    Raises:
        StoreError: the URL is malformed or names a driver that is not installed.
    """
    try:
        parsed = make_url(url)
    except SQLAlchemyError as exc:
        raise StoreError(f"invalid database URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the database directory {folder}: {exc.strerror}") from exc
        engine = create_engine(parsed, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from exc


def alembic_config(url: str) -> Any:
    """Return an Alembic ``Config`` for the packaged migrations against ``url``."""
    from alembic.config import Config

    # Alembic's default stdout is bound when alembic is imported; pass the current one.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", MIGRATIONS)
    # ConfigParser interpolation treats '%' specially (URL-encoded passwords contain it).
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the database behind ``engine`` to the newest schema.

    Raises:
        StoreError: the database cannot be reached or the migration fails.
    """
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        where = engine.url.render_as_string(hide_password=True)
        raise StoreError(
            f"cannot open or migrate the database {where}: {exc.__class__.__name__}: {exc}"
        ) from exc


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stored in the database, or None for an empty database."""
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Return the newest revision the packaged migrations define."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def table_names(engine: Engine) -> list[str]:
    """Return the names of the tables in the database."""
    return sorted(inspect(engine).get_table_names())


class Database:
    """An engine plus a session factory; services open one transaction per use case."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, upgrade: bool = True) -> Database:
        """Open the database at ``url``, migrating it to the newest schema by default."""
        database = cls(make_engine(url))
        if upgrade:
            migrate(database.engine)
        return database

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose work commits on success and rolls back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
