"""A schema upgrade killed at any statement or step leaves a portfolio that the next start opens
with all its data; a database the first release left half-migrated is repaired.

The kills are deterministic, not timed: a child process counts every SQL statement (a SQLAlchemy
``after_cursor_execute`` listener, so every statement of every migration, including those
added later) and every named step of the backup, the copy and the swap
(``store.upgrade._step``), and sends itself SIGKILL at the n-th one. Then the next start, a
plain ``open_database`` in a new process, must give the newest schema with every row.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from stageportfolio.fileio import TEMP_PREFIX
from stageportfolio.store.db import DB_NAME, SCHEMA_HEAD, StoreError, open_database
from stageportfolio.store.upgrade import _schema, backups_of, expected_schema, revision_of
from tests.store.test_migrations import FIXTURES, integrity, snapshot

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

OLDEST = FIXTURES[0]

# A fork server: imports the app once, then for every request forks a child that opens the
# database and SIGKILLs itself at the n-th statement or step (n = 0: never; the child writes the
# names of all points to a file), and a second child for the next start. Forking a process that
# has everything imported keeps one kill at a few milliseconds instead of a second.
_SERVER = """
import os, signal, sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from stageportfolio import fileio
from stageportfolio.store import upgrade
from stageportfolio.store.db import open_database

upgrade.expected_schema(None)
upgrade.known_revisions()


def child(db, at, report):
    fileio._RUNS.clear()  # the child keeps its own journal, as a new process would
    os.environ["STAGEPORTFOLIO_HOME"] = str(db.parent)
    seen = []

    def point(name):
        seen.append(name)
        if len(seen) == at:
            os.kill(os.getpid(), signal.SIGKILL)

    if at >= 0:
        sql = lambda *args: point("sql: " + " ".join(args[2].split())[:60])
        event.listen(Engine, "after_cursor_execute", sql)
        upgrade._step = point
    notices = []
    try:
        open_database(db, notices=notices).dispose()
    except BaseException as exc:
        notices.append(f"{type(exc).__name__}: {exc}")
        report.write_text("\\n".join(notices))
        os._exit(3)
    report.write_text("\\n".join(seen if at == 0 else notices))
    os._exit(0)


def forked(db, at, report):
    pid = os.fork()
    if pid == 0:
        child(db, at, report)
    _, status = os.waitpid(pid, 0)
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


for line in sys.stdin:
    db, at, report = line.rstrip("\\n").split("\\t")
    print(forked(Path(db), int(at), Path(report)), flush=True)
"""


class Opener:
    """Opens a database in a forked child: ``kill_at(db, n)`` dies at the n-th point,
    ``start(db)`` is a plain next start."""

    def __init__(self, folder: Path) -> None:
        self.report = folder / "report.txt"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "STAGEPORTFOLIO_HOME": str(folder)},
        )

    def _ask(self, db: Path, at: int) -> tuple[int, list[str]]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.report.unlink(missing_ok=True)
        self.proc.stdin.write(f"{db}\t{at}\t{self.report}\n")
        self.proc.stdin.flush()
        code = int(self.proc.stdout.readline())
        lines = self.report.read_text().splitlines() if self.report.exists() else []
        return code, lines

    def points(self, db: Path) -> list[str]:
        """Every kill point of one complete open (statements and steps), counted on a copy."""
        probe = db.parent.parent / "probe"
        probe.mkdir()
        shutil.copyfile(db, probe / DB_NAME)
        code, seen = self._ask(probe / DB_NAME, 0)
        assert code == 0, seen
        shutil.rmtree(probe)
        return seen

    def kill_at(self, db: Path, at: int) -> int:
        return self._ask(db, at)[0]

    def start(self, db: Path) -> list[str]:
        code, notices = self._ask(db, -1)
        assert code == 0, notices
        return notices

    def close(self) -> None:
        self.proc.communicate(timeout=60)


@pytest.fixture
def opener(tmp_path: Path) -> Iterator[Opener]:
    server = Opener(tmp_path)
    yield server
    server.close()


def leftovers(home: Path) -> list[str]:
    found = []
    for folder in (home, home / "backups"):
        if folder.is_dir():
            found += [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
            found += [p.name for p in folder.iterdir() if p.name.endswith("-journal")]
    return found


def same_rows(after: dict[str, object], before: dict[str, object]) -> bool:
    """Every row of ``before``; the tables later migrations added (mentor_card in 0002,
    vouched_card in 0003, …) are there and empty."""
    counts: dict[str, int] = dict(after["counts"])  # type: ignore[call-overload]
    for table in set(counts) - set(before["counts"]):  # type: ignore[call-overload]
        assert counts.pop(table) == 0, table
    return {**after, "counts": counts} == before


def assert_whole(db: Path, before: dict[str, object]) -> None:
    """The newest schema, every row of ``before``, sound backups, nothing temporary left."""
    assert revision_of(db) == SCHEMA_HEAD
    assert integrity(db) == "ok"
    assert same_rows(snapshot(db), before)
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    assert leftovers(db.parent) == []
    backups = backups_of(db)
    assert backups, "a pre-upgrade backup is kept"
    for backup in backups:
        assert integrity(backup.path) == "ok"
        assert snapshot(backup.path) == before, f"{backup.path.name} lost data"


@pytest.mark.slow  # a few seconds: two forked processes per statement and step
def test_upgrade_killed_at_every_statement_and_step_loses_nothing(
    tmp_path: Path, opener: Opener
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = home / DB_NAME
    shutil.copyfile(OLDEST, db)
    before = snapshot(db)
    steps = opener.points(db)
    migration = [s for s in steps if s.startswith(("sql: ALTER", "sql: CREATE", "sql: UPDATE"))]
    assert len(migration) >= 3, "the migrations' statements are counted"
    for name in ("backup-page", "backup-renamed", "copy-page", "migrated", "checked", "swapped"):
        assert name in steps, name
    assert steps.count("backup-page") > 1, "some kills land in the middle of the backup"
    for at in range(1, len(steps) + 1):
        shutil.rmtree(home)
        home.mkdir()
        shutil.copyfile(OLDEST, db)
        assert opener.kill_at(db, at) == -signal.SIGKILL, (at, steps[at - 1])
        opener.start(db)
        assert_whole(db, before)
    print(f"{len(steps)} kills, each at one statement or step; every next start was whole")


@pytest.mark.slow
def test_kills_one_after_another_never_pile_up_backups(tmp_path: Path, opener: Opener) -> None:
    """Kill the upgrade at every point in turn on the same folder, never letting it finish:
    the one good backup is reused, never rotated away, and the last start completes."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / DB_NAME
    shutil.copyfile(OLDEST, db)
    before = snapshot(db)
    steps = opener.points(db)
    for at in range(1, len(steps) + 1):
        assert opener.kill_at(db, at) == -signal.SIGKILL, (at, steps[at - 1])
        if revision_of(db) == SCHEMA_HEAD:  # killed after the swap
            break
    opener.start(db)
    assert_whole(db, before)
    assert len(backups_of(db)) == 1


@pytest.mark.slow
def test_creating_a_database_killed_at_every_statement_leaves_a_usable_one(
    tmp_path: Path, opener: Opener
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = home / DB_NAME
    (tmp_path / "first").mkdir()
    code, steps = opener._ask(tmp_path / "first" / DB_NAME, 0)
    assert code == 0 and len(steps) > 10, steps
    for at in range(1, len(steps) + 1):
        shutil.rmtree(home)
        home.mkdir()
        assert opener.kill_at(db, at) == -signal.SIGKILL, (at, steps[at - 1])
        opener.start(db)
        assert revision_of(db) == SCHEMA_HEAD
        with closing(sqlite3.connect(db)) as con:
            assert _schema(con) == expected_schema(SCHEMA_HEAD)
        assert leftovers(home) == []


# --- what the first release left behind ---------------------------------------------------


def half_migrated(tmp_path: Path, statements: list[str]) -> Path:
    """The 0001 fixture with the first statements of 0002 committed and the version left at
    0001, as a kill during the first release's upgrade left it."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / DB_NAME
    shutil.copyfile(OLDEST, db)
    assert revision_of(db) == "0001"
    with closing(sqlite3.connect(db, isolation_level=None)) as con:
        for statement in statements:
            con.execute(statement)
    assert revision_of(db) == "0001"
    return db


FIRST_OF_0002 = [
    "ALTER TABLE signoff ADD COLUMN public_key VARCHAR",
    "ALTER TABLE mentor ADD COLUMN sealed_key VARCHAR",
    "CREATE TABLE mentor_card (id VARCHAR NOT NULL, name VARCHAR NOT NULL, organisation "
    "VARCHAR NOT NULL, sector VARCHAR NOT NULL, public_key VARCHAR NOT NULL, fingerprint "
    "VARCHAR NOT NULL, imported_at DATETIME NOT NULL, CONSTRAINT ck_mentor_card_sector CHECK "
    "(sector IN ('social_profit', 'local_government')), PRIMARY KEY (id), CONSTRAINT "
    "uq_mentor_card_public_key UNIQUE (public_key))",
]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_half_migrated_database_of_the_first_release_is_repaired(
    tmp_path: Path, count: int
) -> None:
    before = snapshot(OLDEST)
    db = half_migrated(tmp_path, FIRST_OF_0002[:count])
    notices: list[str] = []
    open_database(db, notices=notices).dispose()
    assert revision_of(db) == SCHEMA_HEAD
    assert same_rows(snapshot(db), before)
    assert len(notices) == 1
    assert "halverwege afgebroken" in notices[0] and "hersteld" in notices[0]
    with closing(sqlite3.connect(db)) as con:
        assert _schema(con) == expected_schema(SCHEMA_HEAD)
    # The half-migrated file itself is kept as it was, as the backup of this upgrade.
    (backup,) = backups_of(db)
    assert revision_of(backup.path) == "0001"
    open_database(db).dispose()  # and from now on it opens like any other


def test_a_batch_copy_left_behind_is_dropped(tmp_path: Path) -> None:
    before = snapshot(OLDEST)
    db = half_migrated(
        tmp_path,
        [
            "ALTER TABLE signoff ADD COLUMN public_key VARCHAR",
            "CREATE TABLE _alembic_tmp_mentor AS SELECT * FROM mentor",
        ],
    )
    notices: list[str] = []
    open_database(db, notices=notices).dispose()
    assert same_rows(snapshot(db), before)
    assert revision_of(db) == SCHEMA_HEAD
    assert notices


def test_what_cannot_be_repaired_is_restored_from_the_clean_backup(tmp_path: Path) -> None:
    """A half-migrated file with a change no repair undoes (a column dropped from a table)
    is restored from the newest clean backup of its revision."""
    before = snapshot(OLDEST)
    db = half_migrated(tmp_path, [])
    backups = db.parent / "backups"
    backups.mkdir()
    clean = backups / f"portfolio-0001-20261101T101010000000{db.suffix}"
    shutil.copyfile(OLDEST, clean)
    with closing(sqlite3.connect(db, isolation_level=None)) as con:
        con.execute("ALTER TABLE hour_entry ADD COLUMN shift VARCHAR")
        con.execute("CREATE TABLE mentor_card (id VARCHAR PRIMARY KEY, name VARCHAR)")
        con.execute("INSERT INTO mentor_card VALUES ('x', 'only in the half state')")
    notices: list[str] = []
    open_database(db, notices=notices).dispose()
    assert revision_of(db) == SCHEMA_HEAD
    assert same_rows(snapshot(db), before)
    assert len(notices) == 1 and "teruggezet uit de reservekopie" in notices[0], notices
    assert clean.exists(), "the backup it came from is kept"


def test_without_repair_or_backup_the_file_is_left_alone_with_a_message(tmp_path: Path) -> None:
    db = half_migrated(tmp_path, [])
    with closing(sqlite3.connect(db, isolation_level=None)) as con:
        con.execute("CREATE TABLE mentor_card (id VARCHAR PRIMARY KEY, name VARCHAR)")
        con.execute("INSERT INTO mentor_card VALUES ('x', 'rows no repair may drop')")
    content = db.read_bytes()
    with pytest.raises(StoreError, match="halverwege afgebroken") as caught:
        open_database(db)
    assert "geen bruikbare reservekopie" in str(caught.value)
    assert db.read_bytes() == content
    assert leftovers(db.parent) == []


def test_failing_starts_never_rotate_the_good_backup_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first release wrote a new backup at every failed start and kept five: after five
    failures the clean one was gone. Now a failing upgrade reuses its one backup, prunes
    nothing, and leaves the portfolio as it was."""
    from stageportfolio.store import upgrade

    before = snapshot(OLDEST)
    db = half_migrated(tmp_path, [])
    backups = db.parent / "backups"
    backups.mkdir()
    older = []
    for day in range(1, 6):  # five backups of earlier upgrades
        old = backups / f"portfolio-0000-2025010{day}T101010000000{db.suffix}"
        shutil.copyfile(OLDEST, old)
        older.append(old)

    def failing(work: Path, revision: str = "head") -> None:
        raise sqlite3.OperationalError("duplicate column name: public_key")

    monkeypatch.setattr(upgrade, "_migrate", failing)
    for _ in range(8):
        with pytest.raises(StoreError, match="niet bijgewerkt") as caught:
            open_database(db)
        assert "niet veranderd" in str(caught.value)
    assert all(old.exists() for old in older)
    made = [b for b in backups_of(db) if b.path not in older]
    assert len(made) == 1, "failing starts reuse the backup of the first attempt"
    assert snapshot(made[0].path) == before
    assert revision_of(db) == "0001" and snapshot(db) == before
    assert leftovers(db.parent) == []

    monkeypatch.undo()
    open_database(db).dispose()
    assert revision_of(db) == SCHEMA_HEAD
    kept = backups_of(db)
    assert len(kept) == 5 and made[0] in kept and not older[0].exists()


def test_wal_content_of_a_killed_process_survives_the_upgrade(tmp_path: Path) -> None:
    """Rows that were only in the ``-wal`` file (the last writer was killed before a
    checkpoint) are in the upgraded file, and no ``-wal`` of the old file stays next to it."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / DB_NAME
    shutil.copyfile(OLDEST, db)
    writer = (
        "import os, signal, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "con.execute('PRAGMA journal_mode=WAL')\n"
        "con.execute('PRAGMA wal_autocheckpoint=0')\n"
        "con.execute(\"UPDATE portfolio SET name = 'Alleen in de WAL'\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run([sys.executable, "-c", writer, str(db)], timeout=60)
    assert result.returncode == -signal.SIGKILL
    assert Path(f"{db}-wal").stat().st_size > 0
    open_database(db).dispose()
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("SELECT name FROM portfolio").fetchone()[0] == "Alleen in de WAL"
    (backup,) = backups_of(db)
    with closing(sqlite3.connect(backup.path)) as con:
        assert con.execute("SELECT name FROM portfolio").fetchone()[0] == "Alleen in de WAL"


def test_an_upgrade_waits_for_no_one_and_changes_nothing_while_the_file_is_open(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = home / DB_NAME
    shutil.copyfile(OLDEST, db)
    with closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("SELECT count(*) FROM portfolio").fetchone()
        with pytest.raises(StoreError, match="ander venster"):
            open_database(db)
    assert revision_of(db) == "0001"
    assert leftovers(home) == []
    open_database(db).dispose()
    assert revision_of(db) == SCHEMA_HEAD
