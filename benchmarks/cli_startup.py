"""Benchmark: how long `aceml --help` takes, and which heavy modules it imports.

Run: `make bench` or `.venv/bin/python benchmarks/cli_startup.py [--runs N] [--json]`.
Target (issue #2): median under 0.5 s. Reports the median and p90 of N runs from one
process on a possibly noisy machine, plus the median of `python -c pass` as a baseline.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HEAVY = ("pydantic", "sqlalchemy", "fastapi", "uvicorn", "alembic", "yaml", "jinja2", "torch", "numpy")
TARGET_S = 0.5


def _time(command: list[str], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    aceml = str(Path(sys.executable).with_name("aceml"))
    help_s = _time([aceml, "--help"], args.runs)
    python_s = _time([sys.executable, "-c", "pass"], args.runs)
    probe = (
        "import sys; from aceml.cli.app import app; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    imported = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    heavy = [name for name in imported.stdout.strip().split(",") if name]
    median = statistics.median(help_s)
    result = {
        "runs": args.runs,
        "help_median_s": round(median, 4),
        "help_p90_s": round(statistics.quantiles(help_s, n=10)[-1], 4),
        "python_baseline_median_s": round(statistics.median(python_s), 4),
        "heavy_modules_imported": heavy,
        "target_s": TARGET_S,
        "pass": median < TARGET_S and not heavy,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>26}: {value}")
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
