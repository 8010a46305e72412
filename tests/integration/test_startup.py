"""`aceml --help` stays light: it must not import the heavy packages the commands use."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "sqlalchemy", "fastapi", "uvicorn", "alembic", "yaml", "jinja2", "rich")


def test_help_imports_no_heavy_package() -> None:
    probe = (
        "import sys; from aceml.cli.app import main; sys.argv = ['aceml', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "Usage: aceml" in result.stdout
    assert result.stdout.splitlines()[-1] == "HEAVY="
