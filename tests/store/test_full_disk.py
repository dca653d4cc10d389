"""A full disk gives exit code 2, a clear Dutch message, and loses nothing.

"Disk full" is simulated portably with a file-size limit on the child process
(``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored): a write past the limit fails with EFBIG, which
SQLite reports as "disk I/O error" and Python as ``OSError``. The commands run as real
processes; afterwards the database is checked with plain sqlite3 and the same command is run
again without the limit.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from stageportfolio.fileio import RUNS_DIR
from stageportfolio.store import queries
from stageportfolio.store.db import (
    DB_NAME,
    StoreError,
    disk_full_error,
    open_database,
    session_scope,
    translate_db_error,
)
from stageportfolio.store.evidence import EVIDENCE_DIR, add_evidence
from tests.store.test_kill_during_import import BIG_ROWS, check, env_for, write_csv

resource = pytest.importorskip("resource", reason="needs resource limits (POSIX)")
pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGXFSZ") or not hasattr(resource, "RLIMIT_FSIZE"),
    reason="needs RLIMIT_FSIZE and SIGXFSZ",
)

KIB = 1024
FULL = "De schijf is vol (of het bestand mag niet groter worden"
MARGIN = 64 * KIB  # room for the -shm file and a few pages; far less than 20,000 rows need
# Rows for the exports: enough for outputs well above the limit, few enough for SQLite to sort
# them in memory (a bigger sort spills to a temporary file, which the limit would stop first).
FILLED_ROWS = 5_000


def file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:  # runs in the child, between fork and exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed

    return apply


def run(home: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stageportfolio", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env_for(home),
        timeout=300,
        preexec_fn=file_size_limit(limit) if limit is not None else None,
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert "Onverwachte fout" not in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def data_size(home: Path) -> int:
    """Bytes of the database with its WAL and shared-memory files."""
    return sum(
        p.stat().st_size
        for p in (home / DB_NAME, home / f"{DB_NAME}-wal", home / f"{DB_NAME}-shm")
        if p.exists()
    )


def snapshot(db: Path) -> dict[str, int]:
    """Integrity checked, then the row count of every table (read with plain sqlite3)."""
    with closing(sqlite3.connect(db, timeout=30)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def files_in(folder: Path) -> list[str]:
    """Every file below ``folder``, hidden temporary files included."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_csv(tmp_path_factory.mktemp("csv") / "big.csv", date(2010, 1, 1), BIG_ROWS)


@pytest.fixture
def portfolio(tmp_path: Path) -> tuple[Path, int]:
    """A data folder with a portfolio and 25 hour rows; returns (home, count)."""
    home = tmp_path / "portfolio"
    result = run(home, "init", "--name", "Volle Schijf", "--list", "gezondheidszorg")
    assert result.returncode == 0, result.stderr
    small = write_csv(tmp_path / "small.csv", date(2021, 3, 1), 25)
    result = run(home, "import-hours", str(small))
    assert result.returncode == 0, result.stderr
    assert check(home / DB_NAME) == 25
    return home, 25


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with FILLED_ROWS hour rows (built once; tests work on a copy)."""
    folder = tmp_path_factory.mktemp("filled")
    home = folder / "portfolio"
    result = run(home, "init", "--name", "Volle Schijf", "--list", "gezondheidszorg")
    assert result.returncode == 0, result.stderr
    csv = write_csv(folder / "hours.csv", date(2010, 1, 1), FILLED_ROWS)
    result = run(home, "import-hours", str(csv))
    assert result.returncode == 0, result.stderr
    return home


HEADERS = {".pdf": b"%PDF-1.7\n", ".jpg": b"\xff\xd8\xff\xe0"}


def add_files(home: Path, sources: Path, sizes: dict[str, int], mp: pytest.MonkeyPatch) -> None:
    """Add evidence files of the given sizes (random, so a zip cannot shrink them, behind the
    header of their type: evidence must be what its name says)."""
    sources.mkdir()
    mp.setenv("STAGEPORTFOLIO_HOME", str(home))
    engine = open_database(home / DB_NAME)
    try:
        with session_scope(engine) as session:
            info = queries.current_portfolio(session)
            for name, size in sizes.items():
                head = HEADERS[Path(name).suffix]
                (sources / name).write_bytes(head + os.urandom(size - len(head)))
                add_evidence(session, portfolio_id=info.id, source=sources / name)
    finally:
        engine.dispose()


def empty_data_folder(home: Path) -> dict[str, int]:
    """A data folder with a new, empty database (made by a command that then finds nothing)."""
    result = run(home, "status")
    assert result.returncode == 2 and "nog geen portfolio" in result.stderr, result.stderr
    counts = snapshot(home / DB_NAME)
    assert sum(n for t, n in counts.items() if t != "alembic_version") == 0
    return counts


# --- (a) import-hours -----------------------------------------------------------------------


def test_import_hours_on_a_full_disk_adds_nothing(
    portfolio: tuple[Path, int], big_csv: Path
) -> None:
    home, before = portfolio
    db = home / DB_NAME
    limit = data_size(home) + MARGIN
    result = run(home, "import-hours", str(big_csv), limit=limit)
    refused(result, FULL, "er is niets toegevoegd", str(db), "Maak ruimte vrij")
    assert "toegevoegd." not in result.stdout
    assert check(db) == before  # integrity ok, not one row added
    # Only the app's folder of process journals, no temporary file.
    assert [name for name in os.listdir(home) if name.startswith(".")] == [RUNS_DIR]

    # With room again, the very same import goes through.
    result = run(home, "import-hours", str(big_csv))
    assert result.returncode == 0, result.stderr
    assert f"{BIG_ROWS} regels toegevoegd." in result.stdout
    assert check(db) == before + BIG_ROWS
    assert data_size(home) > limit, "the limit must really have been too small"


# --- (b) export and export-hours ------------------------------------------------------------


@pytest.mark.parametrize("what", ["export", "export-hours"])
def test_export_on_a_full_disk_leaves_no_file(filled: Path, tmp_path: Path, what: str) -> None:
    home = tmp_path / "portfolio"
    shutil.copytree(filled, home)
    before = snapshot(home / DB_NAME)
    out = tmp_path / "uit"
    out.mkdir()
    if what == "export":
        target = out / "archief.zip"
        args: tuple[str, ...] = ("export", "--out", str(target))
    else:
        target = out / "uren.csv"
        args = ("export-hours", str(target))
    limit = 64 * KIB
    result = run(home, *args, limit=limit)
    refused(result, FULL, f"{target} is niet geschreven", "Maak ruimte vrij")
    assert result.stdout == ""
    assert files_in(out) == [], "neither the file nor a temporary file may be left"
    assert snapshot(home / DB_NAME) == before

    result = run(home, *args)
    assert result.returncode == 0, result.stderr
    assert files_in(out) == [target.name]
    assert target.stat().st_size > limit, "the limit must really have been too small"


# --- (c) import of an archive ---------------------------------------------------------------


def test_import_with_evidence_too_big_for_the_disk_changes_nothing(
    portfolio: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _ = portfolio
    add_files(
        source, tmp_path / "bronnen", {"verslag.pdf": 8 * KIB, "foto.jpg": 1024 * KIB}, monkeypatch
    )
    archive = tmp_path / "archief.zip"
    assert run(source, "export", "--out", str(archive)).returncode == 0

    home = tmp_path / "nieuw"
    before = empty_data_folder(home)
    result = run(home, "import", str(archive), limit=512 * KIB)
    refused(result, FULL, "de bewijsstukken uit archief.zip passen niet in", "niets geïmporteerd")
    assert "geïmporteerd uit" not in result.stdout
    assert snapshot(home / DB_NAME) == before
    assert files_in(home / EVIDENCE_DIR) == [], "no half-copied or stray evidence files"

    result = run(home, "import", str(archive))
    assert result.returncode == 0, result.stderr
    assert "25 urenregels" in result.stdout and "2 bewijsstukken" in result.stdout
    assert len(files_in(home / EVIDENCE_DIR)) == 2


def test_import_whose_rows_do_not_fit_leaves_no_evidence_behind(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The evidence files fit, the 5,000 rows do not: the staged files are removed again."""
    source = tmp_path / "bron"
    shutil.copytree(filled, source)
    add_files(source, tmp_path / "bronnen", {"verslag.pdf": 8 * KIB}, monkeypatch)
    archive = tmp_path / "archief.zip"
    assert run(source, "export", "--out", str(archive)).returncode == 0

    home = tmp_path / "nieuw"
    before = empty_data_folder(home)
    result = run(home, "import", str(archive), limit=data_size(home) + MARGIN)
    refused(result, FULL, "er is niets toegevoegd", str(home / DB_NAME))
    assert snapshot(home / DB_NAME) == before
    assert files_in(home / EVIDENCE_DIR) == []

    result = run(home, "import", str(archive))
    assert result.returncode == 0, result.stderr
    assert snapshot(home / DB_NAME)["hour_entry"] == FILLED_ROWS


# --- the translation itself -----------------------------------------------------------------


def sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (13, "database or disk is full", FULL),
        (778, "disk I/O error", FULL),  # SQLITE_IOERR_WRITE: EFBIG, or a failing disk
        (266, "disk I/O error", "leesfout"),  # SQLITE_IOERR_READ
        (8, "attempt to write a readonly database", "is alleen-lezen"),
        (1032, "attempt to write a readonly database", "is alleen-lezen"),  # READONLY_DBMOVED
        (5, "database is locked", "Probeer opnieuw"),  # SQLITE_BUSY: another import holds it
        (6, "database table is locked", "Probeer opnieuw"),  # SQLITE_LOCKED
    ],
)
def test_sqlite_errors_the_user_can_act_on_become_store_errors(
    code: int, text: str, expected: str, tmp_path: Path
) -> None:
    from sqlalchemy.exc import OperationalError

    db = tmp_path / DB_NAME
    for exc in (sqlite_error(code, text), OperationalError("INSERT", {}, sqlite_error(code, text))):
        translated = translate_db_error(exc, db)
        assert isinstance(translated, StoreError)
        assert expected in str(translated)
        assert str(db) in str(translated)


def test_other_errors_are_not_translated(tmp_path: Path) -> None:
    assert translate_db_error(sqlite_error(1, "no such table: x"), tmp_path) is None
    assert translate_db_error(sqlite_error(19, "UNIQUE constraint failed"), tmp_path) is None
    assert translate_db_error(ValueError("bug"), tmp_path) is None


def test_disk_full_is_found_behind_a_later_error() -> None:
    full = OSError(27, "File too large")
    try:
        try:
            raise full
        except OSError:
            raise ValueError("cannot close the zip") from None
    except ValueError as later:
        assert disk_full_error(later) is full  # __context__ is kept by "from None"
    assert disk_full_error(OSError(2, "No such file")) is None
