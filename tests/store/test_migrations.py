"""Every released schema upgrades to head without losing a row or a minute.

Fixtures live in ``tests/data/db/schema-<revision>.sqlite3`` (made by
``scripts/make_db_fixture.py`` when a schema is released); each is upgraded on a copy.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from stageportfolio.fileio import RUNS_DIR
from stageportfolio.store import models  # noqa: F401 - registers the tables
from stageportfolio.store.db import (
    DB_NAME,
    StoreError,
    current_revision,
    head_revision,
    open_database,
)
from tests.store.test_kill_during_import import IS_ROOT, NO_PERMISSION_TESTS, UNPRIVILEGED

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "data" / "db").glob("*.sqlite3"))


_OPEN = """
import sys
from pathlib import Path

from stageportfolio.store.db import StoreError, open_database

try:
    open_database(Path(sys.argv[1])).dispose()
except StoreError as exc:
    print(exc)
    sys.exit(2)
"""


def store_error_opening(db: Path) -> str:
    """The StoreError message of open_database(db), as a process that permission bits stop.

    In this process unless it ignores permissions (root); then in a child that setpriv
    started without CAP_DAC_OVERRIDE.
    """
    if not IS_ROOT:
        with pytest.raises(StoreError) as caught:
            open_database(db)
        return str(caught.value)
    assert UNPRIVILEGED, NO_PERMISSION_TESTS
    result = subprocess.run(
        [*UNPRIVILEGED, sys.executable, "-c", _OPEN, str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stdout


def snapshot(path: Path) -> dict[str, object]:
    """Row count of every table and minutes per (portfolio, context), read with plain sqlite3."""
    with closing(sqlite3.connect(path)) as con:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        minutes = con.execute(
            "SELECT portfolio_id, context, sum(minutes), count(*) FROM hour_entry "
            "GROUP BY portfolio_id, context ORDER BY portfolio_id, context"
        ).fetchall()
        per_entry = con.execute("SELECT id, minutes FROM hour_entry ORDER BY id").fetchall()
    return {"counts": counts, "minutes": minutes, "per_entry": per_entry}


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as con:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])


def test_there_is_a_fixture_of_the_first_released_schema() -> None:
    assert any(f.name == "schema-0001.sqlite3" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_fixture_upgrades_to_head_without_losing_data(fixture: Path, tmp_path: Path) -> None:
    home = tmp_path / "data"
    home.mkdir()
    db = home / DB_NAME
    shutil.copyfile(fixture, db)
    before = snapshot(db)
    start = revision_of(db)
    assert before["counts"]["hour_entry"] > 0  # type: ignore[index]

    engine = open_database(db)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()

    after = snapshot(db)
    added = set(after["counts"]) - set(before["counts"])  # type: ignore[arg-type]
    assert all(after["counts"][t] == 0 for t in added), "new tables start empty"  # type: ignore[index]
    for table in added:
        after["counts"].pop(table)  # type: ignore[attr-defined]
    assert after == before
    assert integrity(db) == "ok"
    backups = sorted((home / "backups").glob("*.sqlite3")) if (home / "backups").exists() else []
    if start == head_revision():
        assert backups == [], "no migration ran, so no backup should have been made"
    else:
        assert len(backups) == 1, backups
        assert revision_of(backups[0]) == start
        assert snapshot(backups[0]) == before
        assert integrity(backups[0]) == "ok"


def test_opening_twice_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "data" / DB_NAME
    for _ in range(2):
        engine = open_database(db)
        engine.dispose()
    assert not (db.parent / "backups").exists()


def test_migrations_produce_exactly_the_models(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "data" / DB_NAME)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()
    assert differences == []


def unusable_folder(tmp_path: Path) -> Path:
    """A data folder that cannot be created: under a read-only folder, or (root) under a file."""
    if IS_ROOT:  # root ignores permissions: a path through a regular file fails for anyone
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file, not a folder\n")
        return blocker / "data"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked / "data"


def test_unusable_data_folder_gives_a_clear_store_error(tmp_path: Path) -> None:
    folder = unusable_folder(tmp_path)
    try:
        with pytest.raises(StoreError) as caught:
            open_database(folder / DB_NAME)
    finally:
        if not IS_ROOT:
            (tmp_path / "locked").chmod(0o700)
    message = str(caught.value)
    assert str(folder) in message
    assert "kan niet aangemaakt worden" in message
    assert not folder.exists()


@pytest.mark.skipif(UNPRIVILEGED is None, reason=NO_PERMISSION_TESTS)
def test_read_only_data_folder_gives_a_store_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        message = store_error_opening(locked / "data" / DB_NAME)
    finally:
        locked.chmod(0o700)
    assert "kan niet aangemaakt worden" in message
    assert str(locked / "data") in message
    assert not (locked / "data").exists()


def test_a_file_that_is_not_sqlite_gives_store_error_and_is_left_alone(tmp_path: Path) -> None:
    home = tmp_path / "data"
    home.mkdir()
    db = home / DB_NAME
    junk = random.Random(7).randbytes(8192)
    db.write_bytes(junk)
    with pytest.raises(StoreError) as caught:
        open_database(db)
    assert str(db) in str(caught.value)
    assert db.read_bytes() == junk
    # Nothing but the file itself and the app's folder of process journals.
    assert sorted(p.name for p in home.iterdir()) == [RUNS_DIR, DB_NAME]


def test_placements_of_a_0003_database_get_no_schedule_and_can_be_given_one(
    tmp_path: Path,
) -> None:
    """0004 adds the usual week: old placements have none (Monday to Friday is taken)."""
    db = tmp_path / DB_NAME
    shutil.copyfile(FIXTURES[-1].with_name("schema-0003.sqlite3"), db)
    with closing(sqlite3.connect(db)) as con:
        placements = con.execute("SELECT count(*) FROM placement").fetchone()[0]
    assert placements > 0
    open_database(db).dispose()
    with closing(sqlite3.connect(db)) as con:
        rows = con.execute("SELECT usual_weekdays, usual_minutes FROM placement").fetchall()
        assert rows == [("", 0)] * placements
        with pytest.raises(sqlite3.IntegrityError):  # a day is at most 24 hours
            con.execute("UPDATE placement SET usual_minutes = 1500")
