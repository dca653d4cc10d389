"""benchmarks/bench_school.py still runs, tiny (no timing is asserted: that is the script's job)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_school_runs_tiny(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_school.py"), "--students", "4",
         "--small", "2", "--scale", "12", "--repeat", "1", "--data", str(tmp_path / "data")],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^ratio import/verify: \d+\.\d+x \(aim: at most 2x", proc.stdout, re.M)
    assert re.search(
        r"peak RSS of school-import: \d+ MB at 2 files, \d+ MB at 4 files", proc.stdout
    )
    assert re.search(r"^\s+12 students, all, by name\s+12 rows: page\s+\d", proc.stdout, re.M)
