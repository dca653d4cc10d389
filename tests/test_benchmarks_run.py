"""The benchmark scripts still run (no timing is asserted: that is the scripts' own job)."""

from __future__ import annotations

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
