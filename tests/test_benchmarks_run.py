"""The benchmark scripts still run (no timing is asserted: that is the scripts' own job)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RATIO_LINE = re.compile(r"^ratio evaluate/baseline: \d+(\.\d+)?x \(aim: at most 3x", re.MULTILINE)


@pytest.mark.parametrize("extra", [[], ["--stand-in"]], ids=["shipped-list", "stand-in"])
def test_bench_rules_runs(extra: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_rules.py"),
         "--entries", "2000", "--repeat", "1", *extra],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert RATIO_LINE.search(proc.stdout), proc.stdout


def test_run_all_writes_every_section(tmp_path: Path) -> None:
    """One command runs every bench (tiny, --quick) and writes the table the README links to:
    a header saying where and how, then a section per bench with its aim and verdict."""
    out = tmp_path / "RESULTS.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STAGEPORTFOLIO_HOME=str(tmp_path / "h"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run_all.py"),
         "--quick", "--no-compile", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmark results\n")
    assert re.search(r"^- Load average \(1, 5, 15 min\) before: [\d.]+ [\d.]+ [\d.]+", text, re.M)
    assert re.search(r"^- Bytecode of the app compiled beforehand: (yes|no)", text, re.M)
    for heading in (
        "## check and import-hours (whole processes)",
        "## export-pdf (whole processes)",
        "## The Hours view with a large log",
        "## The rules engine (in one process)",
        "## The portfolio database (in one process)",
        "## School mode (whole processes and the overview query)",
    ):
        assert f"\n{heading}\n" in text, heading
    # Every growth row of the headless commands, with both ratios (min / median).
    row = r"^\| `(check|import-hours)` \| ([\d,]+) \| 1 \| .* \| ([\d.]+)x / ([\d.]+)x \|"
    rows = re.findall(row, text, re.M)
    assert sorted((name, size) for name, size, _, _ in rows) == [
        ("check", "1,000"), ("check", "200"), ("import-hours", "1,000"), ("import-hours", "200")
    ]  # fmt: skip
    # An aim is either met or missed by a stated amount, with a reason.
    verdicts = re.findall(r": (met|missed by \d+%, because [^|;]+)", text)
    assert verdicts, text
    # One section per bench: one that fails or lacks --markdown (bench_startup.py until its
    # own branch lands) gets a line saying so, and the others still run.
    benches = sorted((ROOT / "benchmarks").glob("bench_*.py"))
    assert len(re.findall(r"^## ", text, re.M)) == len(benches)
    for line in re.findall(r"^Not measured: .*$", text, re.M):
        assert "ended with exit code" in line
