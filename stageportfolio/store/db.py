"""Opening the portfolio database: private files, SQLite pragmas, backups and migrations.

The database is one SQLite file under the data folder. Before any migration runs, the file is
copied to ``backups/`` (the last few copies are kept), so an upgrade that goes wrong never costs
a student their portfolio.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from stageportfolio import paths

DB_NAME = "portfolio.sqlite3"
KEEP_BACKUPS = 5
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A problem with the data folder or database that the user can act on."""


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


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _backup(path: Path, revision: str | None) -> Path:
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
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
        if current != head_revision():
            if existed:
                _backup(path, current)
            with engine.begin() as connection:
                config = alembic_config(str(engine.url))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
    except sqlite3.DatabaseError as exc:  # pragma: no cover - wrapped by SQLAlchemy below
        raise StoreError(f"{path}: geen bruikbare portfoliodatabank ({exc})") from exc
    except Exception as exc:
        from sqlalchemy.exc import DatabaseError, OperationalError

        if isinstance(exc, OperationalError | DatabaseError):
            raise StoreError(f"{path}: kan de portfoliodatabank niet openen ({exc.orig})") from exc
        raise
    for suffix in ("", "-wal", "-shm"):
        _private_file(Path(f"{path}{suffix}"))
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
