"""benchmarks/bench_startup.py still runs, small (no timing is asserted: that is the script's
job), and ``--markdown`` prints only a Markdown section on stdout (benchmarks/run_all.py
collects it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATIO_LINE = re.compile(r"^ratio startup app/bare: \d+(\.\d+)?x \(aim: at most 1\.5x", re.MULTILINE)
TABLE_ROW = re.compile(
    r"^\| 1 year \(300 entries\) \| (compiled|source) \| (kept|removed) \| \d+ / \d+ \| \d+ / \d+ "
    r"\| \d+\.\d\dx / \d+\.\d\dx \| 1\.5x \| (met.*?|missed by \d+%, because .+?) "
    r"\| \d+ / \d+ \| [\d. ]+ / [\d. ]+ \|$",
    re.MULTILINE,
)


def test_bench_startup_runs_quick_with_markdown(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STAGEPORTFOLIO_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_startup.py"), "--quick", "--markdown"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    # The progress and the plain table go to stderr; stdout is the Markdown section only.
    assert RATIO_LINE.search(proc.stderr), proc.stderr
    out = proc.stdout
    assert out.startswith("## Start-up to the first paint (bench_startup.py)\n"), out
    assert len(TABLE_ROW.findall(out)) == 4, out  # compiled/source x caches kept/removed
    # The Hours view with a large log has its own section (bench_hours_view.py).
    assert "month filter change" not in out
    assert "ratio startup" not in out and "large log" not in out
