"""benchmarks/bench_pdf.py still runs, small (no timing is asserted: that is the script's job)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATIO_LINE = re.compile(r"^ratio portfolio/plain: \d+(\.\d+)?x \(aim: at most 1\.5x", re.MULTILINE)


def test_bench_pdf_runs_small(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_pdf.py"),
         "--hours", "30", "--records", "15", "--evidence", "4", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert RATIO_LINE.search(proc.stdout), proc.stdout
    assert "render_pdf(build_snapshot(service))" in proc.stdout
