"""benchmarks/bench_store.py still runs, tiny (no timing is asserted: that is the script's job)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATIO_LINE = re.compile(r"^ratio import_hours/core: \d+(\.\d+)?x \(aim: at most 2x", re.MULTILINE)


def test_bench_store_runs_tiny() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_store.py"),
         "--rows", "2000", "--portfolios", "10", "--entries", "20000", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert RATIO_LINE.search(proc.stdout), proc.stdout
    assert "ix_hour_entry_portfolio_context" in proc.stdout
