"""Opening the portfolio database: private files, SQLite pragmas, backups and migrations.

The database is one SQLite file under the data folder. Before any migration runs, the file is
copied to ``backups/`` (the last few copies are kept), so an upgrade that goes wrong never costs
a student their portfolio.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from stageportfolio import paths
from stageportfolio.core import clock

DB_NAME = "portfolio.sqlite3"
KEEP_BACKUPS = 5
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A problem with the data folder or database that the user can act on."""


# --- failures the user can act on: a full disk, a read-only file --------------------------

# ENOSPC: the disk is full; EFBIG: the file may not grow (file-size limit, FAT32's 4 GB);
# EDQUOT: the user's quota is used up (not defined on every platform).
DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code
)
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 8, 10, 13
_SQLITE_IOERR_READS = frozenset({266, 522})  # SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ


def disk_full_message(outcome: str) -> str:
    """The one Dutch sentence for a full disk; ``outcome`` says what did (not) happen."""
    return (
        f"De schijf is vol (of het bestand mag niet groter worden): {outcome}. "
        "Maak ruimte vrij en probeer opnieuw."
    )


def disk_full_error(exc: BaseException | None) -> OSError | None:
    """The OSError meaning "disk full" in ``exc`` or the exceptions it was raised from."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def translate_db_error(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """A StoreError with a Dutch message for a full disk, an I/O error or a read-only database.

    Takes SQLAlchemy's wrapped errors and plain ``sqlite3`` errors alike; returns None for
    anything else (a bug should still surface as one). Only use it for a failed transaction:
    the message says nothing was changed, which SQLite's rollback guarantees.
    """
    from sqlalchemy.exc import DBAPIError

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    db = path or database_path()
    code = getattr(orig, "sqlite_errorcode", None)  # the extended result code
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        message = disk_full_message(f"er is niets toegevoegd of gewijzigd in {db}")
    elif primary == _SQLITE_IOERR and code in _SQLITE_IOERR_READS:
        message = (
            f"{db} kan niet gelezen worden (de schijf gaf een leesfout); er is niets veranderd. "
            "Controleer de schijf en maak een reservekopie van de gegevensmap."
        )
    elif primary == _SQLITE_IOERR:
        # Most often a write that failed because the disk is full or the file may not grow
        # (SQLite reports ENOSPC as "full", every other failed write as an I/O error).
        message = (
            "De schijf is vol (of het bestand mag niet groter worden, of de schijf gaf een "
            f"schrijffout): er is niets toegevoegd of gewijzigd in {db}. "
            "Maak ruimte vrij en probeer opnieuw."
        )
    elif primary == _SQLITE_READONLY:
        message = (
            f"{db} is alleen-lezen; er is niets toegevoegd of gewijzigd. Geef het bestand en de "
            f"map {db.parent} schrijfrechten terug om verder te werken."
        )
    else:
        return None
    return StoreError(message)


def database_path() -> Path:
    return paths.data_dir() / DB_NAME


def _private(path: Path, mask: int) -> None:
    """Take away group and other permissions; never add any (a read-only choice stays)."""
    if os.name == "posix" and path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & ~mask:
            path.chmod(mode & mask)


def _private_file(path: Path) -> None:
    _private(path, 0o600)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


# The newest migration in migrations/versions. Kept here so that opening an up-to-date
# database does not import Alembic (0.6 s of start-up); a test checks it against Alembic.
SCHEMA_HEAD = "0004"


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


def head_revision() -> str:
    """The newest migration according to Alembic itself (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision a database is at (None for a new, empty one), read with plain SQL."""
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if has_table is None:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def _backup(path: Path, revision: str | None) -> Path:
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{path.stem}-{revision or 'leeg'}-{stamp}{path.suffix}"
    # sqlite3's backup API copies a consistent snapshot, WAL content included.
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    _private_file(target)
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def _writable_file(path: Path) -> bool:
    # SQLite silently falls back to read-only; an actual open with the process's own
    # credentials is the only check that agrees with it.
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def _writable_folder(folder: Path) -> bool:
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".probe-")
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})
    event.listen(engine, "connect", _on_connect)
    return engine


def open_database(path: Path | None = None) -> Engine:
    """Open (creating or upgrading as needed) the portfolio database and return its engine."""
    path = path or database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _private(path.parent, 0o700)
    except OSError as exc:
        raise StoreError(
            f"de map {path.parent} kan niet aangemaakt worden: {exc.strerror}"
        ) from exc
    if not _writable_folder(path.parent):
        raise StoreError(f"de map {path.parent} is alleen-lezen; er kan niets bewaard worden")
    if path.exists() and not _writable_file(path):
        raise StoreError(
            f"{path} is alleen-lezen of niet leesbaar; er is niets veranderd. "
            "Geef het bestand schrijfrechten terug om verder te werken."
        )
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(path)
    try:
        current = current_revision(engine) if existed else None
        if current != SCHEMA_HEAD:
            from alembic import command
            from alembic.script import ScriptDirectory

            known = {
                rev.revision
                for rev in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()
            }
            if current is not None and current not in known:
                raise StoreError(
                    f"{path} is gemaakt met een nieuwere versie van stageportfolio (schema "
                    f"{current}); werk de app bij. Er is niets veranderd."
                )
            if existed:
                _backup(path, current)
            with engine.begin() as connection:
                config = alembic_config(str(engine.url))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except Exception as exc:
        from sqlalchemy.exc import DatabaseError, OperationalError

        translated = translate_db_error(exc, path)
        if translated is not None:
            raise translated from exc
        if disk_full_error(exc) is not None:  # the backup before a migration
            raise StoreError(
                disk_full_message(f"er kan geen reservekopie van {path} gemaakt worden")
            ) from exc
        if isinstance(exc, sqlite3.DatabaseError):  # the backup reads with plain sqlite3
            raise StoreError(f"{path}: geen bruikbare portfoliodatabank ({exc})") from exc
        if isinstance(exc, OperationalError | DatabaseError):
            raise StoreError(f"{path}: kan de portfoliodatabank niet openen ({exc.orig})") from exc
        raise
    for suffix in ("", "-wal", "-shm"):
        _private_file(Path(f"{path}{suffix}"))
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error.

    A full disk, an I/O error or a read-only database comes out as a StoreError with a Dutch
    message (after the rollback, so "nothing was changed" holds).
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            database = engine.url.database
            translated = translate_db_error(exc, Path(database) if database else None)
            if translated is not None:
                raise translated from exc
            raise
