"""Opening the portfolio database: private files, SQLite pragmas, backups and migrations.

The database is one SQLite file under the data folder. Creating and upgrading it happen on a
copy that replaces the file only when it is complete and checked, after a backup in
``backups/`` (``store.upgrade``), so an upgrade that goes wrong never costs a student their
portfolio.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from stageportfolio import fileio, paths

DB_NAME = paths.PORTFOLIO_DB
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
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
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
    elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        message = (
            f"{db} is bezig met een ander werk (een import of een ander venster van "
            "stageportfolio); er is niets toegevoegd of gewijzigd. Probeer opnieuw zodra dat "
            "klaar is."
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


def _writable_file(path: Path) -> bool:
    # SQLite silently falls back to read-only; an actual open with the process's own
    # credentials is the only check that agrees with it.
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


def _writable_folder(folder: Path) -> bool:
    probe = fileio.temp_path(folder, "probe", home=folder)
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        fileio.done_with(probe)
        return False
    fileio.discard(probe)
    return True


def newer_version_error(path: Path, revision: str) -> StoreError:
    return StoreError(
        f"{path} is gemaakt met een nieuwere versie van stageportfolio (schema "
        f"{revision}); werk de app bij. Er is niets veranderd."
    )


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})
    event.listen(engine, "connect", _on_connect)
    return engine


def open_database(path: Path | None = None, *, notices: list[str] | None = None) -> Engine:
    """Open (creating or upgrading as needed) the portfolio database and return its engine.

    Creating and upgrading never touch a half-made file (``store.upgrade``); what a killed
    process left under a temporary name is removed first. ``notices`` receives a Dutch
    message when an earlier, interrupted upgrade had to be repaired or restored.
    """
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
    home = path.parent
    fileio.sweep(home, folders=[home / "backups"])  # temporary files of ended processes
    try:
        if not (path.exists() and path.stat().st_size > 0):
            from stageportfolio.store import upgrade

            upgrade.create(path)
        elif _revision_of(path) != SCHEMA_HEAD:
            from stageportfolio.store import upgrade

            upgrade.upgrade(path, notices)
    except Exception as exc:
        from sqlalchemy.exc import DatabaseError, OperationalError

        if isinstance(exc, StoreError):
            raise
        translated = translate_db_error(exc, path)
        if translated is not None:
            raise translated from exc
        if disk_full_error(exc) is not None:  # the backup or the copy before a migration
            raise StoreError(
                disk_full_message(
                    f"{path} kan niet bijgewerkt worden (er is geen plaats voor een kopie); "
                    "er is niets veranderd"
                )
            ) from exc
        if _locked(exc):
            raise StoreError(
                f"{path} is in gebruik door een ander venster van stageportfolio; sluit het en "
                "probeer opnieuw. Er is niets veranderd."
            ) from exc
        if isinstance(exc, sqlite3.DatabaseError):  # the upgrade reads with plain sqlite3
            raise StoreError(f"{path}: geen bruikbare portfoliodatabank ({exc})") from exc
        if isinstance(exc, OperationalError | DatabaseError):
            raise StoreError(f"{path}: kan de portfoliodatabank niet openen ({exc.orig})") from exc
        if isinstance(exc, OSError):
            raise StoreError(
                f"{path} kan niet bijgewerkt worden ({exc.strerror}); er is niets veranderd."
            ) from exc
        raise
    engine = make_engine(path)
    for suffix in ("", "-wal", "-shm"):
        _private_file(Path(f"{path}{suffix}"))
    _sweep_evidence(engine, home)
    return engine


def _revision_of(path: Path) -> str | None:
    """The revision, read with a plain connection that changes nothing (no WAL switch)."""
    from contextlib import closing

    with closing(sqlite3.connect(path, timeout=30)) as con:
        found = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if found is None:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def _locked(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig)


def remove_unreferenced_evidence(engine: Engine, placed: list[Path]) -> None:
    """Remove evidence files that were put in place for rows that were never committed.

    Decided inside a write transaction, so an import running in another process (which holds
    the write lock from placing its files until its commit) is never cut short.
    """
    from sqlalchemy import text

    names = sorted({p.name for p in placed})
    with session_scope(engine, write=True) as session:
        known: set[str] = set()
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            marks = ", ".join(f":n{i}" for i in range(len(chunk)))
            rows = session.execute(
                text(f"SELECT stored_name FROM evidence WHERE stored_name IN ({marks})"),
                {f"n{i}": name for i, name in enumerate(chunk)},
            )
            known.update(str(row[0]) for row in rows)
        for path in placed:
            if path.name not in known:
                path.unlink(missing_ok=True)


def _sweep_evidence(engine: Engine, home: Path) -> None:
    """Evidence files a killed import or "add evidence" put in place before its rows were
    committed: removed unless a row refers to them."""
    folder = home / "evidence"

    def placed(found: list[Path]) -> None:
        remove_unreferenced_evidence(engine, [p for p in found if p.parent == folder])

    try:
        fileio.sweep(home, folders=[folder], placed=placed)
    except Exception as exc:  # cleaning up must never stop the app from opening
        translated = translate_db_error(exc, home / DB_NAME)
        if translated is None and not _locked(exc) and not isinstance(exc, OSError):
            raise


@contextmanager
def session_scope(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error.

    ``write``: the transaction takes SQLite's write lock at once (``BEGIN IMMEDIATE``), so
    what it reads before writing cannot change under it (two imports of the same file at once:
    the second waits, then sees the first one's rows). A full disk, an I/O error or a
    read-only database comes out as a StoreError with a Dutch message (after the rollback, so
    "nothing was changed" holds).
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            if write:
                from sqlalchemy import text

                session.execute(text("BEGIN IMMEDIATE"))
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            database = engine.url.database
            translated = translate_db_error(exc, Path(database) if database else None)
            if translated is not None:
                raise translated from exc
            raise
