"""A writer killed with SIGKILL mid-way loses nothing it committed, and the database opens cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from aceml.store.database import Database
from aceml.store.tables import Attempt

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from aceml.bank.collection import load_bank
    from aceml.clock import SystemClock
    from aceml.services.practice import ensure_local_user, record_attempt
    from aceml.store.database import Database

    url, content = sys.argv[1], Path(sys.argv[2])
    item = load_bank([content]).get("overfitting")
    database = Database.open(url)
    clock = SystemClock()
    user_id = ensure_local_user(database=database, clock=clock)
    n = 0
    while True:
        n += 1
        attempt_id = record_attempt(database=database, clock=clock, user_id=user_id, item=item,
                                    body="answer %d " % n + "x" * 2000)
        print(attempt_id, flush=True)  # printed only after the commit returned
    """
)


def test_sigkilled_writer_keeps_committed_attempts(
    database_url: str, content_dir: Path, tmp_path: Path
) -> None:
    Database.open(database_url).close()  # migrate first, so the writer only writes
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    committed: list[int] = []
    with subprocess.Popen(
        [sys.executable, str(script), database_url, str(content_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None and writer.stderr is not None
        deadline = time.monotonic() + 60
        try:
            while len(committed) < 40 and time.monotonic() < deadline:
                line = writer.stdout.readline()
                if not line:
                    break
                committed.append(int(line))
        finally:
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait(timeout=30)
        errors = writer.stderr.read()
    assert writer.returncode == -signal.SIGKILL
    assert len(committed) == 40, errors

    database = Database.open(database_url)
    try:
        with database.transaction() as session:
            stored = set(session.scalars(select(Attempt.id)))
            assert set(committed) <= stored
            if database.engine.dialect.name == "sqlite":
                assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        # The database still takes writes after the crash.
        with database.transaction() as session:
            session.add(
                Attempt(
                    user_id=1,
                    item_id="after",
                    item_kind="concept",
                    content_hash="h",
                    body="b",
                    created_at=datetime.now(UTC),
                )
            )
        with database.transaction() as session:
            total = session.scalar(select(func.count()).select_from(Attempt))
            assert total is not None and total >= len(committed) + 1
    finally:
        database.close()
