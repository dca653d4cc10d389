"""Creating and upgrading the portfolio database so that a crash can never leave half of it.

SQLite cannot run a schema migration in one transaction the way Alembic writes it (Python's
``sqlite3`` sends no ``BEGIN`` before DDL, Alembic's SQLite dialect is not transactional), so a
kill between two ``ALTER TABLE`` statements used to leave a database that no start could open.
Here no migration ever runs on the user's file:

1. the original is taken out of WAL mode (checkpointed first) and kept locked, so it cannot
   change and has no ``-wal``/``-shm`` files (see ``_leave_wal``);
2. a backup is written with SQLite's backup API under a temporary name, synced and renamed into
   ``backups/`` (or the backup of an earlier attempt at the same upgrade is reused);
3. a working copy is made with the backup API under a temporary name; a copy left half-migrated
   by the first release is repaired there (or restored from a clean backup);
4. the copy is migrated, then checked: ``integrity_check``, no new foreign-key violations, the
   newest revision, and every table that was there has as many rows as before;
5. the copy is synced and renamed over the original (atomic), and the folder is synced.

Killed anywhere, the original is either untouched or completely replaced, and whatever was
left under a temporary name is removed by the next start (``stageportfolio.fileio``). Old
backups are pruned only after a successful upgrade, so the last good backup is never rotated
away by failing starts. A new database is made the same way: migrated under a temporary name,
then renamed into place.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stageportfolio import fileio
from stageportfolio.core import clock
from stageportfolio.store.db import (
    KEEP_BACKUPS,
    SCHEMA_HEAD,
    StoreError,
    _private_file,
    alembic_config,
)

UPGRADE_LOCK = "upgrade.lock"  # in fileio.RUNS_DIR
BACKUPS = "backups"
_TMP_TABLE = "_alembic_tmp_"


def _step(name: str) -> None:
    """A named step of an upgrade, backup or swap. Does nothing: the crash tests replace it to
    kill the process at each step (tests/store/test_kill_during_upgrade.py)."""


# --- reading a database with plain sqlite3 ----------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    """A plain connection that changes nothing by itself (no journal-mode pragma)."""
    con = sqlite3.connect(path, timeout=10, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    return con


def revision_of(path: Path) -> str | None:
    """The Alembic revision of the database file (None: no ``alembic_version`` or no row)."""
    with closing(_connect(path)) as con:
        return _revision(con)


def _revision(con: sqlite3.Connection) -> str | None:
    found = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def _tables(con: sqlite3.Connection) -> list[str]:
    return [
        str(name)
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name"
        )
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def row_counts(con: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(con.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0])
        for table in _tables(con)
    }


Schema = dict[str, tuple[frozenset[tuple[str, str, int, int]], frozenset[tuple[Any, ...]]]]


def _schema(con: Any) -> Schema:
    """Tables with their columns (name, type, not null, pk) and indexes, for comparing."""
    schema: Schema = {}
    for table in _tables(con):
        q = _quoted(table)
        columns = frozenset(
            (str(name), str(kind).upper(), int(notnull), int(pk))
            for _, name, kind, notnull, _, pk in con.execute(f"PRAGMA table_info({q})")
        )
        indexes = set()
        for _, name, unique, origin, _ in con.execute(f"PRAGMA index_list({q})"):
            cols = tuple(str(c[2]) for c in con.execute(f"PRAGMA index_info({_quoted(str(name))})"))
            indexes.add((str(name) if origin == "c" else origin, int(unique), cols))
        schema[table] = (columns, frozenset(indexes))
    return schema


_EXPECTED: dict[str | None, Schema] = {}


def expected_schema(revision: str | None) -> Schema:
    """The schema the migrations make up to ``revision``, built in memory (cached)."""
    if revision in _EXPECTED:
        return _EXPECTED[revision]
    schema: Schema = {}
    if revision is not None:
        from alembic import command
        from sqlalchemy import create_engine
        from sqlalchemy.pool import StaticPool

        engine = create_engine("sqlite://", poolclass=StaticPool)
        try:
            with engine.begin() as connection:
                config = alembic_config("sqlite://")
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            with engine.connect() as connection:
                raw: Any = connection.connection.dbapi_connection
                schema = _schema(raw)
        finally:
            engine.dispose()
    _EXPECTED[revision] = schema
    return schema


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


# --- files ------------------------------------------------------------------------------------


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(source: sqlite3.Connection, target: Path, step: str) -> None:
    """Copy the database behind ``source`` to the new file ``target`` with the backup API."""

    def progress(_status: int, _remaining: int, _total: int) -> None:
        _step(step)

    with closing(sqlite3.connect(target, isolation_level=None)) as copy:
        source.backup(copy, pages=16, progress=progress)
    _fsync(target)
    _private_file(target)


def _leave_wal(con: sqlite3.Connection, path: Path) -> None:
    """Checkpoint the WAL into the file and switch the original to a rollback journal.

    Why: the upgraded copy is renamed over the original. A ``-wal`` file left next to it would
    belong to the old file, and SQLite would replay its frames into the new one on the next
    open (a corrupt database). After a full checkpoint and ``journal_mode=DELETE`` SQLite has
    removed ``-wal`` and ``-shm``; the shared lock taken next keeps it that way (switching to
    WAL needs a lock it cannot get, so no other connection can) until the copy has replaced
    it. The next normal open switches the new file to WAL. If another process has the
    database open, the switch fails and nothing is changed.
    """
    busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    if busy or str(mode).lower() != "delete":
        raise _in_use(path)
    _step("wal-left")


def _in_use(path: Path) -> StoreError:
    return StoreError(
        f"{path} moet bijgewerkt worden naar een nieuwe versie, maar is nog geopend in een ander "
        "venster van stageportfolio. Sluit dat venster en probeer opnieuw; er is niets veranderd."
    )


# --- backups ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    path: Path
    revision: str
    made: datetime


_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<rev>[^-]+)-(?P<stamp>\d{8}T\d{6}\d*)$")


def backups_of(path: Path) -> list[Backup]:
    """The pre-upgrade backups of the database at ``path``, oldest first."""
    folder = path.parent / BACKUPS
    found = []
    if folder.is_dir():
        for entry in folder.glob(f"{path.stem}-*{path.suffix}"):
            match = _BACKUP_NAME.match(entry.name.removesuffix(path.suffix))
            if match is None or match.group("stem") != path.stem:
                continue
            stamp = match.group("stamp")
            try:
                made = datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            except ValueError:
                continue
            found.append(Backup(entry, match.group("rev"), made))
    return sorted(found, key=lambda b: b.path.name)


def _sound(path: Path, revision: str | None, *, conforming: bool = False) -> bool:
    """A backup that opens, passes ``quick_check`` and is at ``revision`` (and, with
    ``conforming``, has exactly that revision's schema)."""
    try:
        with closing(_connect(path)) as con:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            if _revision(con) != revision:
                return False
            return not conforming or _schema(con) == expected_schema(revision)
    except sqlite3.Error:
        return False


def _backup(con: sqlite3.Connection, path: Path, revision: str | None) -> Path:
    """The backup of the locked original before this upgrade: a new one (temporary name, then
    renamed), or the one an earlier attempt at the same upgrade left, if the original has not
    changed since (failing starts never pile up copies)."""
    label = revision or "leeg"
    for backup in reversed(backups_of(path)):
        if backup.revision != label:
            continue
        if backup.path.stat().st_mtime_ns >= path.stat().st_mtime_ns and _sound(
            backup.path, revision
        ):
            return backup.path
        break
    folder = path.parent / BACKUPS
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{path.stem}-{label}-{stamp}{path.suffix}"
    temp = fileio.temp_path(folder, "backup" + path.suffix, home=path.parent)
    _copy(con, temp, "backup-page")
    _step("backup-written")
    os.replace(temp, target)
    fileio.done_with(temp)
    fileio.fsync_dir(folder)
    _step("backup-renamed")
    return target


def prune_backups(path: Path, keep: int = KEEP_BACKUPS) -> None:
    """Keep the newest ``keep`` backups; only called after an upgrade succeeded."""
    for old in backups_of(path)[:-keep]:
        old.path.unlink(missing_ok=True)


# --- repairing what the first release left half-migrated --------------------------------------


def _repair(con: sqlite3.Connection, revision: str | None) -> bool:
    """Bring a copy whose schema is not that of ``revision`` back to it, in one transaction.

    What a killed migration of the first release leaves: columns and tables of the next
    revision (each ``ALTER``/``CREATE`` committed on its own, ``alembic_version`` still at the
    old revision) and ``_alembic_tmp_*`` tables of a batch copy. Extra indexes, columns and
    empty tables are dropped; a batch copy is dropped when its table is still there, or named
    back when the table itself was already dropped. Returns whether the schema now conforms;
    if not, nothing is changed.
    """
    expected = expected_schema(revision)
    con.execute("BEGIN IMMEDIATE")
    try:
        for table in _tables(con):
            if not table.startswith(_TMP_TABLE):
                continue
            base = table.removeprefix(_TMP_TABLE)
            if base in _tables(con):
                con.execute(f"DROP TABLE {_quoted(table)}")
            else:
                con.execute(f"ALTER TABLE {_quoted(table)} RENAME TO {_quoted(base)}")
        actual = _schema(con)
        for table in actual:
            if table not in expected:
                empty = con.execute(f"SELECT 1 FROM {_quoted(table)} LIMIT 1").fetchone() is None
                if not empty:
                    raise _CannotRepair
                con.execute(f"DROP TABLE {_quoted(table)}")
                continue
            columns, indexes = actual[table]
            want_columns, want_indexes = expected[table]
            for index in indexes - want_indexes:
                if index[0] not in ("u", "pk"):  # SQLite's own indexes go with their table
                    con.execute(f"DROP INDEX {_quoted(str(index[0]))}")
            names = {c[0] for c in want_columns}
            for column in sorted(c[0] for c in columns if c[0] not in names):
                con.execute(f"ALTER TABLE {_quoted(table)} DROP COLUMN {_quoted(column)}")
        if _schema(con) != expected:
            raise _CannotRepair
        con.execute("COMMIT")
        return True
    except (_CannotRepair, sqlite3.Error):
        con.execute("ROLLBACK")
        return False


class _CannotRepair(Exception):
    pass


def _conform(work: Path, path: Path, revision: str | None) -> str | None:
    """Make the working copy's schema that of its revision; returns a notice for the user
    when something had to be repaired or restored, None when it was fine."""
    with closing(_connect(work)) as con:
        if _schema(con) == expected_schema(revision):
            return None
        repaired = _repair(con, revision)
    if repaired:
        _step("repaired")
        return (
            f"Een eerdere bijwerking van {path.name} naar een nieuwe versie was halverwege "
            "afgebroken. Dat is hersteld en de bijwerking is nu afgerond; er ging niets verloren."
        )
    label = revision or "leeg"
    for backup in reversed(backups_of(path)):
        if backup.revision == label and _sound(backup.path, revision, conforming=True):
            work.unlink()
            with closing(_connect(backup.path)) as source:
                _copy(source, work, "restore-page")
            _step("restored")
            made = backup.made.astimezone().strftime("%d/%m/%Y %H:%M")
            return (
                f"Een eerdere bijwerking van {path.name} naar een nieuwe versie was halverwege "
                f"afgebroken en kon niet hersteld worden. Het portfolio is teruggezet uit de "
                f"reservekopie van {made} ({backup.path.name}) en daarna bijgewerkt."
            )
    raise StoreError(
        f"{path}: een eerdere bijwerking naar een nieuwe versie is halverwege afgebroken en kan "
        f"niet automatisch hersteld worden, en er is geen bruikbare reservekopie in "
        f"{path.parent / BACKUPS}. Er is niets veranderd; bewaar de map {path.parent} en vraag "
        "hulp (bv. aan de ICT-verantwoordelijke van de school)."
    )


# --- migrating a copy -------------------------------------------------------------------------


def _migrate(work: Path, revision: str = "head") -> None:
    """Run the Alembic migrations on the working copy (rollback journal, no foreign keys:
    a batch table copy must never cascade a delete)."""
    from alembic import command
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{work}", connect_args={"timeout": 30})

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.close()

    event.listen(engine, "connect", on_connect)
    try:
        with engine.begin() as connection:
            config = alembic_config(str(engine.url))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    _step("migrated")


def _foreign_key_problems(con: sqlite3.Connection) -> int:
    return len(con.execute("PRAGMA foreign_key_check").fetchall())


def _check(work: Path, before: dict[str, int], fk_before: int) -> None:
    with closing(_connect(work)) as con:
        problems = []
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integriteitscontrole: {integrity}")
        if _revision(con) != SCHEMA_HEAD:
            problems.append(f"versie {_revision(con)} in plaats van {SCHEMA_HEAD}")
        after = row_counts(con)
        for table, count in before.items():
            if table in after and after[table] != count:
                problems.append(f"tabel {table}: {after[table]} rijen in plaats van {count}")
        if _foreign_key_problems(con) > fk_before:
            problems.append("verwijzingen tussen tabellen kloppen niet meer")
    if problems:
        raise StoreError(
            "De bijgewerkte kopie van het portfolio klopt niet (" + "; ".join(problems) + "); "
            "het portfolio zelf is niet veranderd. Meld dit aan de makers van stageportfolio."
        )
    _fsync(work)
    _step("checked")


def _swap(work: Path, path: Path) -> None:
    os.replace(work, path)
    fileio.done_with(work)
    fileio.fsync_dir(path.parent)
    _step("swapped")


# --- the two ways in --------------------------------------------------------------------------


def create(path: Path) -> None:
    """A new database at ``path``: migrated to the newest revision under a temporary name."""
    with fileio.folder_lock(path.parent / fileio.RUNS_DIR, UPGRADE_LOCK) as locked:
        if not locked:
            raise _busy(path)
        if path.exists() and path.stat().st_size > 0:
            return  # another process made it while we waited
        work = fileio.temp_path(path.parent, path.name, home=path.parent)
        try:
            _migrate(work)
            _check(work, {}, 0)
            _private_file(work)
            _swap(work, path)
        except BaseException:
            fileio.discard(work)
            raise


def _failed(path: Path, exc: Exception) -> Exception:
    """A failed upgrade of the copy: the message says the portfolio itself is unchanged."""
    from stageportfolio.store.db import disk_full_error, translate_db_error

    if isinstance(exc, StoreError) or disk_full_error(exc) is not None:
        return exc
    if translate_db_error(exc, path) is not None:
        return exc
    return StoreError(
        f"{path} kon niet bijgewerkt worden naar de nieuwe versie van stageportfolio ({exc}). "
        f"Het portfolio zelf is niet veranderd; een reservekopie staat in {path.parent / BACKUPS}."
    )


def _busy(path: Path) -> StoreError:
    return StoreError(
        f"{path} wordt op dit moment bijgewerkt door een ander venster van stageportfolio. "
        "Wacht even en probeer opnieuw; er is niets veranderd."
    )


def upgrade(path: Path, notices: list[str] | None = None) -> None:
    """Bring the existing database at ``path`` to the newest revision (see the module doc)."""
    with fileio.folder_lock(path.parent / fileio.RUNS_DIR, UPGRADE_LOCK) as locked:
        if not locked:
            raise _busy(path)
        with closing(_connect(path)) as con:
            current = _revision(con)
            if current == SCHEMA_HEAD:
                return  # another process upgraded it while we waited
            if current is not None and current not in known_revisions():
                from stageportfolio.store.db import newer_version_error

                raise newer_version_error(path, current)
            _leave_wal(con, path)
            # A read transaction holds SQLite's shared lock until the swap: no writer can
            # commit to the original meanwhile (an exclusive lock would stop the backup API).
            con.execute("BEGIN")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _step("locked")
            _backup(con, path, current)
            work = fileio.temp_path(path.parent, path.name, home=path.parent)
            try:
                _copy(con, work, "copy-page")
                _step("copied")
                notice = _conform(work, path, current)
                with closing(_connect(work)) as copy:
                    before = row_counts(copy)
                    fk_before = _foreign_key_problems(copy)
                _migrate(work)
                _check(work, before, fk_before)
                if os.name != "posix":
                    # Windows replaces no file that is open, ours included: let go of the lock
                    # first (the upgrade lock still keeps other upgrades out).
                    con.execute("ROLLBACK")
                    con.close()
                _swap(work, path)
            except BaseException as exc:
                fileio.discard(work)
                failure = _failed(path, exc) if isinstance(exc, Exception) else exc
                if failure is exc:
                    raise
                raise failure from exc
            if os.name == "posix":
                con.execute("ROLLBACK")  # the old file's lock; it has been replaced
        prune_backups(path)
        if notice and notices is not None:
            notices.append(notice)


def sweep_placed(
    stored_names: Callable[[Iterable[str]], set[str]],
) -> Callable[[list[Path]], None]:
    """A ``fileio.sweep`` callback: remove placed evidence files no row refers to."""

    def callback(placed: list[Path]) -> None:
        known = stored_names(p.name for p in placed)
        for path in placed:
            if path.name not in known:
                path.unlink(missing_ok=True)

    return callback
