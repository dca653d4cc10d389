"""A CSV import killed at any moment (SIGKILL: no cleanup runs) leaves all or nothing.

The import runs as the real command in a subprocess; after each kill the database is checked
with plain sqlite3 (which also recovers the WAL, as the next start of the app would).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from stageportfolio.store.db import DB_NAME

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _ignores_permissions() -> bool:
    """True for root (os.geteuid() == 0) with CAP_DAC_OVERRIDE: permission bits do not stop it.

    Probed rather than read from the uid, so a root without that capability (setpriv, some
    containers) runs the permission tests like any user.
    """
    if os.name != "posix":
        return True
    with tempfile.TemporaryDirectory() as folder:
        locked = Path(folder) / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            (locked / "probe").touch()
        except PermissionError:
            return False
        finally:
            locked.chmod(0o700)
        return True


IS_ROOT = _ignores_permissions()
# Root ignores permission bits only through CAP_DAC_OVERRIDE (and CAP_DAC_READ_SEARCH); a child
# started by setpriv without them is refused like any user, so CI (root) runs these tests too.
DROP_DAC = [
    "--bounding-set",
    "-dac_override,-dac_read_search",
    "--inh-caps",
    "-dac_override,-dac_read_search",
]

_PROBE = """
import os, sys
try:
    os.open(sys.argv[1], os.O_RDWR)
except PermissionError:
    sys.exit(3)
"""


def _unprivileged_prefix() -> list[str] | None:
    """What to put before a command so permission bits stop it; None if that is not possible."""
    if not IS_ROOT:
        return []
    setpriv = shutil.which("setpriv") if os.name == "posix" else None
    if setpriv is None:
        return None
    # Probe: without the capabilities, a 0400 file must not open for writing.
    with tempfile.TemporaryDirectory() as folder:
        locked = Path(folder) / "locked"
        locked.write_bytes(b"")
        locked.chmod(0o400)
        try:
            result = subprocess.run(
                [setpriv, *DROP_DAC, sys.executable, "-c", _PROBE, str(locked)],
                capture_output=True,
                timeout=60,
            )
        except OSError:
            return None
    return [setpriv, *DROP_DAC] if result.returncode == 3 else None


UNPRIVILEGED = _unprivileged_prefix()
NO_PERMISSION_TESTS = "root ignores file permissions and setpriv cannot drop CAP_DAC_OVERRIDE"
BIG_ROWS = 20_000
KILLS = 15
SEED = 4242
CONTEXTS = ["residentieel", "ziekenhuis", "thuiszorg", "beperking", "andere"]


def write_csv(path: Path, start: date, rows: int) -> Path:
    """``rows`` rows of 1 h, one per context per day (5 h a day at most), from ``start`` on."""
    lines = ["Datum;Context;Uren;Opmerking"]
    day = start
    while len(lines) - 1 < rows:
        for context in CONTEXTS[: rows - (len(lines) - 1)]:
            lines.append(f"{day.day}/{day.month}/{day.year};{context};1;regel {len(lines)}")
        day += timedelta(days=1)
    assert day < date.today()
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def command(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "stageportfolio", *args]


def env_for(home: Path) -> dict[str, str]:
    return {**os.environ, "STAGEPORTFOLIO_HOME": str(home)}


def run(home: Path, *args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the CLI; ``unprivileged``: so that permission bits stop it, root included."""
    prefix: list[str] = []
    if unprivileged:
        assert UNPRIVILEGED is not None, NO_PERMISSION_TESTS
        prefix = UNPRIVILEGED
    return subprocess.run(
        [*prefix, *command(home, *args)],
        capture_output=True,
        text=True,
        env=env_for(home),
        timeout=300,
    )


def check(db: Path) -> int:
    """Integrity and number of hour entries, read with plain sqlite3."""
    with closing(sqlite3.connect(db, timeout=30)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(con.execute("SELECT count(*) FROM hour_entry").fetchone()[0])


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy (WAL content included) through the backup API."""
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


@pytest.fixture
def portfolio(tmp_path: Path) -> tuple[Path, int]:
    """A data folder with a portfolio and a first small import; returns (home, count)."""
    home = tmp_path / "portfolio"
    result = run(home, "init", "--name", "Kill Test", "--list", "gezondheidszorg")
    assert result.returncode == 0, result.stderr
    small = write_csv(tmp_path / "small.csv", date(2021, 3, 1), 25)
    result = run(home, "import-hours", str(small))
    assert result.returncode == 0, result.stderr
    count = check(home / DB_NAME)
    assert count == 25
    return home, count


@pytest.mark.slow  # 40-60 s: 15 killed imports of 20,000 rows
def test_kill_during_import_leaves_all_or_nothing(
    portfolio: tuple[Path, int], tmp_path: Path
) -> None:
    home, before = portfolio
    db = home / DB_NAME
    big = write_csv(tmp_path / "big.csv", date(2010, 1, 1), BIG_ROWS)
    pristine = tmp_path / "pristine.sqlite3"
    copy_db(db, pristine)

    # How long one full import takes, as the same command on a copy of the data folder.
    timing_home = tmp_path / "timing"
    timing_home.mkdir(mode=0o700)
    copy_db(pristine, timing_home / DB_NAME)
    started = time.perf_counter()
    result = run(timing_home, "import-hours", str(big))
    full = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert check(timing_home / DB_NAME) == before + BIG_ROWS
    print(f"full import of {BIG_ROWS} rows: {full:.2f} s")

    rng = random.Random(SEED)
    outcomes = []
    for attempt in range(1, KILLS + 1):
        delay = rng.uniform(0, full)
        proc = subprocess.Popen(
            command(home, "import-hours", str(big)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env_for(home),
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=60)
        count = check(db)
        state = "done" if count == before + BIG_ROWS else "undone"
        killed = proc.returncode == -signal.SIGKILL
        print(
            f"kill {attempt:2}: after {delay:.3f} s, "
            f"{'killed' if killed else f'exited {proc.returncode}'}, import {state} ({count})"
        )
        assert count in (before, before + BIG_ROWS), f"partial import: {count} entries"
        if not killed:
            assert proc.returncode == 0, err.decode(errors="replace")
            assert count == before + BIG_ROWS
        outcomes.append(state)
        if state == "done":  # start the next attempt from the state before the import again
            copy_db(pristine, db)
            assert check(db) == before

    print("outcomes:", ", ".join(outcomes))
    # After all those kills, an import that is left alone still completes.
    result = run(home, "import-hours", str(big))
    assert result.returncode == 0, result.stderr
    assert check(db) == before + BIG_ROWS
    again = run(home, "import-hours", str(big))
    assert again.returncode == 0, again.stderr
    assert "Niets toegevoegd" in again.stdout
    assert check(db) == before + BIG_ROWS


def test_import_with_an_unusable_data_folder_gives_exit_2(
    portfolio: tuple[Path, int], tmp_path: Path
) -> None:
    """STAGEPORTFOLIO_HOME below a regular file: fails for anyone, root included."""
    home, before = portfolio
    csv = write_csv(tmp_path / "more.csv", date(2022, 5, 2), 10)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder\n")
    result = run(blocker / "portfolio", "import-hours", str(csv))
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert f"{blocker / 'portfolio'} kan niet aangemaakt worden" in result.stderr
    assert "toegevoegd" not in result.stdout
    assert check(home / DB_NAME) == before


@pytest.mark.skipif(UNPRIVILEGED is None, reason=NO_PERMISSION_TESTS)
def test_import_into_a_read_only_database_gives_exit_2(
    portfolio: tuple[Path, int], tmp_path: Path
) -> None:
    home, before = portfolio
    db = home / DB_NAME
    csv = write_csv(tmp_path / "more.csv", date(2022, 5, 2), 10)
    db.chmod(0o400)
    try:
        result = run(home, "import-hours", str(csv), unprivileged=True)
        mode = db.stat().st_mode & 0o777
    finally:
        db.chmod(0o600)
    assert check(db) == before
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert str(db) in result.stderr
    assert "toegevoegd" not in result.stdout
    assert mode == 0o400, "the user's read-only choice is kept"
