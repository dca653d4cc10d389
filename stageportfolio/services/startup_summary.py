"""A small summary of the portfolio, kept at close so the next start can paint the main window
(title, status line) before the database stack is even imported.

Plain JSON in the cache folder, read with nothing but the standard library: importing
SQLAlchemy, the models and pydantic takes most of a start, and the window paints first. The
summary is keyed by the database file's size and ``mtime_ns``, the app version and
:data:`FORMAT`: when the database changed since (another copy of the app, a restore), or the
file is damaged, no summary is used. Whatever is painted from it is replaced by the real
figures as soon as the database is open (the same event-loop turn after the first paint).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from stageportfolio import __version__, paths

FORMAT = 1
FILE_NAME = "startup-summary.json"
MAX_BYTES = 64 * 1024


class StartupSummary(NamedTuple):
    """What the window shows before the database is open (a NamedTuple: ``dataclasses`` is
    not imported before the first paint)."""

    name: str  # the portfolio's owner
    list_title: str
    list_title_en: str | None
    kind: str  # the list's kind ("evc" for a BK portfolio)
    status: str  # the status line (the verdict), in ``language``
    language: str


def summary_file() -> Path:
    return paths.cache_dir() / FILE_NAME


def _database_key(database: Path) -> list[int] | None:
    """Size and ``mtime_ns`` of the database and of its write-ahead log (0, 0 when none)."""
    try:
        stat = database.stat()
    except OSError:
        return None
    key = [stat.st_size, stat.st_mtime_ns]
    try:
        wal = Path(f"{database}-wal").stat()
        key += [wal.st_size, wal.st_mtime_ns]
    except OSError:
        key += [0, 0]
    return key


def read_summary(database: Path | None = None) -> StartupSummary | None:
    """The summary written at the last close, or None when there is none, it does not belong to
    this database as it is now, or it cannot be read."""
    database = database or paths.portfolio_db_path()
    key = _database_key(database)
    if key is None:
        return None
    try:
        path = summary_file()
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if (
            data.get("format") != FORMAT
            or data.get("version") != __version__
            or data.get("database") != str(database)
            or data.get("key") != key
        ):
            return None
        found = data["summary"]
        summary = StartupSummary(
            name=str(found["name"]),
            list_title=str(found["list_title"]),
            list_title_en=None if found["list_title_en"] is None else str(found["list_title_en"]),
            kind=str(found["kind"]),
            status=str(found["status"]),
            language=str(found["language"]),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return summary


def write_summary(summary: StartupSummary, database: Path | None = None) -> bool:
    """Keep ``summary`` for the next start, keyed by the database file as it is now (call this
    after the database is closed, so the key is what the next start finds)."""
    from stageportfolio import fileio

    database = database or paths.portfolio_db_path()
    key = _database_key(database)
    if key is None:
        return False
    data = {
        "format": FORMAT,
        "version": __version__,
        "database": str(database),
        "key": key,
        "summary": summary._asdict(),
    }
    try:
        folder = paths.cache_dir(create=True)
        fileio.write_atomically(folder / FILE_NAME, json.dumps(data).encode("utf-8"))
    except OSError:
        return False
    return True


__all__ = ["StartupSummary", "read_summary", "write_summary"]
