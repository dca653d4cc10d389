"""Where the app keeps its files. ``STAGEPORTFOLIO_HOME`` overrides every path (tests use it)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP_NAME = "stageportfolio"
HOME_ENV = "STAGEPORTFOLIO_HOME"
# The portfolio database in the data folder (``store.db`` opens it; the app only looks at it).
PORTFOLIO_DB = "portfolio.sqlite3"


def data_dir(*, create: bool = False) -> Path:
    """The user's data folder; private (0700 on POSIX) because it holds data about minors."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            path.chmod(0o700)
    return path


def private_dir(name: str, *, create: bool = False) -> Path:
    """``<data>/<name>``, private like the data folder (0700 on POSIX): keys live there."""
    path = data_dir(create=create) / name
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            path.chmod(0o700)
    return path


def user_lists_dir() -> Path:
    """Lists the user adds (``<data>/lists/*.toml``) and their BK files (``<data>/lists/bk/``)."""
    return data_dir() / "lists"


def portfolio_db_path() -> Path:
    """The portfolio database file (it may not exist yet)."""
    return data_dir() / PORTFOLIO_DB


def cache_dir(*, create: bool = False) -> Path:
    """What the app can rebuild at any time (the checked catalog, the start-up summary): the
    user's cache folder, or ``<STAGEPORTFOLIO_HOME>/cache`` when that is set (tests)."""
    override = os.environ.get(HOME_ENV)
    path = Path(override) / "cache" if override else Path(user_cache_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
