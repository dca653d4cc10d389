"""School mode: the coordinator's own data folder, its database and its trust.

The school folder is ``<data>/school`` (``STAGEPORTFOLIO_HOME`` moves it with everything else).
It holds the school key (``identity.json``, see ``services.school``), ``settings.json`` and, by
default, the database ``school.sqlite3``. ``settings.json`` (or the environment variable
``STAGEPORTFOLIO_SCHOOL_DB``, which wins) may name another SQLite file or a PostgreSQL URL that
several coordinators share.

The school's trust is its own key: a signature counts for the school only when the mentor card
of its key was vouched for by this key (docs/signing.md). Nothing in a student's file adds to it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from stageportfolio import paths
from stageportfolio.core.catalog import Catalog
from stageportfolio.core.jsonread import JsonFileError, load_json
from stageportfolio.core.limits import MAX_SETTINGS_BYTES, size_text
from stageportfolio.core.trust import TrustAnchor
from stageportfolio.fileio import read_at_most, write_atomically
from stageportfolio.services import school as school_key
from stageportfolio.services.catalog_cache import load_catalog_cached
from stageportfolio.store import school_store
from stageportfolio.store.db import StoreError
from stageportfolio.store.school_db import (
    DB_NAME,
    NetworkShareError,
    Target,
    open_school_database,
    school_session,
    target_for,
)

DB_ENV = "STAGEPORTFOLIO_SCHOOL_DB"
SETTINGS = "settings.json"

__all__ = [
    "DB_ENV",
    "NetworkShareError",
    "School",
    "SchoolModeError",
    "StoreError",
    "database_target",
    "has_school",
    "open_school",
    "save_database_setting",
]


class SchoolModeError(Exception):
    """School mode cannot start: the message (Dutch) says what to do."""


def school_folder(*, create: bool = False) -> Path:
    return school_key.school_dir(create=create)


def settings_path() -> Path:
    return school_folder() / SETTINGS


def _broken_settings(problem: str) -> SchoolModeError:
    return SchoolModeError(
        f"{problem}. Er is niets veranderd. In dit bestand onthoudt de app welke databank de "
        "school gebruikt: herstel het, of verwijder het en kies de schooldatabank opnieuw "
        "(stageportfolio school-database PAD|URL)."
    )


def read_settings() -> dict[str, Any]:
    """``settings.json``: bounded (``MAX_SETTINGS_BYTES``) and checked like every JSON file
    (core.jsonread). SchoolModeError (Dutch, naming the file) for a broken one."""
    path = settings_path()
    try:
        data = read_at_most(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise _broken_settings(
            f"{path}: de schoolinstellingen kunnen niet gelezen worden ({exc.strerror})"
        ) from exc
    if len(data) > MAX_SETTINGS_BYTES:
        raise _broken_settings(
            f"{path}: te groot voor de schoolinstellingen (hoogstens "
            f"{size_text(MAX_SETTINGS_BYTES)})"
        )
    try:
        value = load_json(data, str(path), max_bytes=MAX_SETTINGS_BYTES)
    except JsonFileError as exc:
        raise _broken_settings(str(exc)) from exc
    if not isinstance(value, dict):
        raise _broken_settings(f"{path}: de schoolinstellingen zijn geen JSON-object")
    return value


def save_database_setting(value: str) -> Target:
    """Remember the database (a SQLite file or a PostgreSQL URL) in ``settings.json``."""
    target = target_for(value) if value.strip() else target_for(school_folder() / DB_NAME)
    settings = read_settings()
    if value.strip():
        settings["database"] = value.strip()
    else:
        settings.pop("database", None)
    school_folder(create=True)
    payload = (json.dumps(settings, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_atomically(settings_path(), payload, mode=0o600)
    return target


def database_target() -> Target:
    """``STAGEPORTFOLIO_SCHOOL_DB``, else ``settings.json``'s ``database``, else the file in
    the school folder."""
    value = os.environ.get(DB_ENV, "").strip() or str(read_settings().get("database") or "")
    if value.strip():
        return target_for(value)
    return target_for(school_folder() / DB_NAME)


def has_school() -> bool:
    """This data folder is a school's: a school key or a school database is there."""
    folder = school_folder()
    return (folder / "identity.json").exists() or (folder / DB_NAME).exists()


def school_catalog() -> Catalog:
    """The lists the school has: shipped ones and the coordinator's own (``<data>/lists``)."""
    return load_catalog_cached(paths.user_lists_dir())


@dataclass
class School:
    """An opened school database with the school's trust."""

    engine: Engine
    target: Target
    identity: school_key.SchoolIdentity | None
    catalog: Catalog = field(default_factory=school_catalog)

    @property
    def anchors(self) -> list[TrustAnchor]:
        """The school's own key: the only anchor of its verdicts."""
        if self.identity is None:
            return []
        from stageportfolio.core import signing

        return [
            TrustAnchor(
                label="schoolsleutel",
                fingerprint_hex=signing.full_fingerprint(self.identity.public_key),
                public_key=self.identity.public_key,
                name=self.identity.name,
            )
        ]

    def register_documents(self) -> list[str]:
        with school_session(self.engine) as session:
            return school_store.vouched_documents(session)

    def close(self) -> None:
        self.engine.dispose()


def open_school(target: Target | None = None) -> School:
    """Open the school database (creating it the first time) with the school key, if any.

    Raises StoreError (Dutch): a SQLite file on a network share (NetworkShareError), a server
    that does not answer, a schema made by a newer app.
    """
    target = target or database_target()
    identity: school_key.SchoolIdentity | None = None
    if school_key.identity_path().exists():
        try:
            identity = school_key.load_school()
        except school_key.SchoolError as exc:
            raise SchoolModeError(str(exc)) from exc
    engine = open_school_database(target)
    return School(engine=engine, target=target, identity=identity)


def starts_in_school_mode() -> bool:
    """The app opens school mode by itself: this data folder holds a school (a school key or a
    school database) and no portfolio."""
    from stageportfolio.store.db import database_path

    portfolio = database_path()
    return has_school() and not (portfolio.exists() and portfolio.stat().st_size > 0)
