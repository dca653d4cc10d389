"""Issue 13's "Done means", as a coordinator would try it: 30 exports made with the app (some
tampered with, one with a student-made mentor key, an older and a newer export of one pupil, a
file that is no portfolio), imported on SQLite and on PostgreSQL, every status checked, the
overview and the .xlsx compared, both back-ends compared (benchmarks/school_walkthrough.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.school.conftest import postgres_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_coordinators_walk_through(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "school_walkthrough.py"), str(tmp_path),
         "--postgres", postgres_url()],
        capture_output=True, text=True, timeout=1800, cwd=ROOT, env=dict(os.environ),
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert done.stdout.rstrip().endswith("ALLES IN ORDE")
    assert "[ok] PostgreSQL and SQLite give the same overview" in done.stdout
