"""benchmarks/bench_startup.py still runs, small (no timing is asserted: that is the script's
job)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATIO_LINE = re.compile(r"^ratio startup app/bare: \d+(\.\d+)?x \(aim: at most 1\.5x", re.MULTILINE)


def test_bench_startup_runs_small(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STAGEPORTFOLIO_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_startup.py"),
         "--runs", "1", "--entries", "2000"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert RATIO_LINE.search(proc.stdout), proc.stdout
    assert "month filter change:" in proc.stdout or "hours section missing" in proc.stdout
