"""The rules the suite keeps itself to: one clock, its own data, and no test that quietly does
not run. The harness in tests/conftest.py is run here on small suites of its own."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from time_machine import escape_hatch

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "stageportfolio"
CLOCK = PACKAGE / "core" / "clock.py"
LIBFAKETIME = "libfaketime"

# Calls that read the time of day or the date: only the clock may make them.
CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
}


def clock_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Attribute):
            continue
        owner = node.value  # date.today, datetime.date.today, QtCore.QDate.currentDate
        name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
        if (name, node.attr) in CLOCK_CALLS:
            found.append(f"{path.relative_to(REPO)}:{node.lineno}: {name}.{node.attr}")
    return found


def test_only_the_clock_reads_the_date_or_time() -> None:
    others = [path for path in sorted(PACKAGE.rglob("*.py")) if path != CLOCK]
    found = [hit for path in others for hit in clock_calls(path)]
    assert found == [], "ask stageportfolio.core.clock for today() or now()"
    assert [hit.rsplit(": ", 1)[1] for hit in clock_calls(CLOCK)] == ["datetime.now"]


def test_nothing_reads_data_from_beside_the_repository() -> None:
    """A user's clone has no ../shared: the data the tests and scripts need ships in sources/."""
    pattern = re.compile(r"\.\./shared|[\"']shared[\"']\s*/|shared/reference")
    texts = [REPO / "dev", REPO / ".ci" / "run"]
    for folder in ("stageportfolio", "scripts", "tests", "benchmarks"):
        texts += sorted((REPO / folder).rglob("*.py"))
    found = [
        f"{path.relative_to(REPO)}:{number}"
        for path in texts
        if path != Path(__file__).resolve()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []
    assert sorted(p.name for p in (REPO / "sources" / "bk").glob("BK-*.json"))
    assert (REPO / "sources" / "bk" / "koppeling_zorg.json").is_file()
    assert (REPO / "sources" / "zorgkundige-handelingen.txt").is_file()


def run_suite(folder: Path, tests: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``tests`` as a suite of its own with this repository's tests/conftest.py."""
    shutil.copy(Path(__file__).with_name("conftest.py"), folder / "conftest.py")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (folder / "test_it.py").write_text(tests, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "FAKETIME"))}
    env.pop("STAGEPORTFOLIO_TEST_TODAY", None)
    env.pop("LD_PRELOAD", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rA", *args, str(folder)],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_skipped_test_fails_the_run_and_says_which_and_why(tmp_path: Path) -> None:
    result = run_suite(
        tmp_path,
        "import pytest\n\n"
        "def test_runs():\n    pass\n\n"
        "def test_needs_data():\n    pytest.skip('reference data not available')\n\n"
        "@pytest.mark.xfail(reason='known bug')\ndef test_known():\n    assert False\n",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "a skipped test fails this run" in result.stdout
    assert "test_it.py::test_needs_data (skipped): reference data not available" in result.stdout
    assert "test_it.py::test_known (xfail): known bug" in result.stdout

    passing = run_suite(tmp_path, "def test_runs():\n    pass\n")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "skipped test" not in passing.stdout


def test_the_whole_session_can_run_on_another_day(tmp_path: Path) -> None:
    result = run_suite(
        tmp_path,
        "import datetime, subprocess, sys\n"
        "from stageportfolio.core import clock\n\n"
        "def test_today():\n"
        "    assert clock.today() == datetime.date.today() == datetime.date(2028, 2, 29)\n"
        "    assert clock.now().astimezone().hour == 10\n\n"
        "def test_child_processes():\n"
        "    code = 'from stageportfolio.core import clock; print(clock.today())'\n"
        "    out = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)\n"
        "    print('child today:', out.stdout.strip())\n",
        "--today",
        "2028-02-29",
        "-s",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "today: 2028-02-29 (2028-02-29T10:00:" in result.stdout
    header = next(line for line in result.stdout.splitlines() if line.startswith("today: "))
    if LIBFAKETIME in header:  # Debian's faketime package: children are moved too
        assert "child today: 2028-02-29" in result.stdout
    else:
        assert header.endswith("child processes: the real clock (no libfaketime)")
        assert f"child today: {escape_hatch.datetime.date.today()}" in result.stdout

    bad = run_suite(tmp_path, "def test_x():\n    pass\n", "--today", "29/2/2028")
    assert bad.returncode != 0
    assert "--today '29/2/2028': write a date as 2027-01-01" in bad.stderr
