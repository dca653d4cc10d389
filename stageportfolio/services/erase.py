"""Erasing everything the app wrote for its user, and saying what was erased.

A portfolio holds data about a minor and about clients of care: ``erase`` must leave nothing of
it behind. Everything the app itself writes in the data folder goes: the portfolio database
(and SQLite's ``-wal``/``-shm``/``-journal`` files), the evidence files, the backups, mentor
mode (the mentor's profile with the sealed key and the log of learners, with their names), the
key of the PDFs' document seal, the school folder (the school's key from ``school-init`` and, in
school mode, the school database with the pupils' imported portfolios), the list files that
came with an imported portfolio, the demo portfolio, the settings, the cache (the checked
lists, and the pupil's name and status kept for a fast start; in the user's cache folder
unless ``STAGEPORTFOLIO_HOME`` is set), and the app's temporary files and journals. The user's
own list files in ``lists/`` are not the app's: they stay, and the report says so.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from stageportfolio import fileio, paths

DB_NAME = "portfolio.sqlite3"  # store.db.DB_NAME; no store import needed to erase files
_SETTINGS = ("stageportfolio", "Stageportfolio")  # QSettings organisation, application


@dataclass
class Erased:
    home: Path
    removed: list[str] = field(default_factory=list)  # Dutch, one line each
    kept: list[str] = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(self.removed)


def _count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path)


def _platform_settings() -> list[Path]:
    """Where Qt keeps the app's settings when STAGEPORTFOLIO_HOME does not say otherwise
    (Linux and macOS; on Windows they are in the registry)."""
    organisation, application = _SETTINGS
    if sys.platform == "darwin":
        home = Path.home() / "Library" / "Preferences"
        return [home / f"com.{organisation}.{application}.plist"]
    if os.name == "posix":
        config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        return [config / organisation / f"{application}.conf", config / f"{organisation}.conf"]
    return []


def _erase_windows_settings() -> bool:  # pragma: no cover - Windows only
    """Remove HKEY_CURRENT_USER\\Software\\stageportfolio (Qt's settings on Windows)."""
    if sys.platform != "win32":
        return False
    import winreg

    def delete(root: int, key: str) -> None:
        with winreg.OpenKey(root, key, 0, winreg.KEY_ALL_ACCESS) as handle:
            while True:
                try:
                    child = winreg.EnumKey(handle, 0)
                except OSError:
                    break
                delete(root, f"{key}\\{child}")
        winreg.DeleteKey(root, key)

    try:
        delete(winreg.HKEY_CURRENT_USER, f"Software\\{_SETTINGS[0]}")
    except OSError:
        return False
    return True


def erase_everything(home: Path | None = None) -> Erased:
    """Remove everything the app wrote in the data folder ``home`` (default: the user's);
    returns what was removed and what was kept, in Dutch."""
    home = home or paths.data_dir()
    report = Erased(home)
    if not home.exists():
        return report
    fileio.forget_run(home)
    db = [Path(f"{home / DB_NAME}{side}") for side in ("", "-wal", "-shm", "-journal")]
    if any(p.exists() for p in db):
        for path in db:
            path.unlink(missing_ok=True)
        report.removed.append(f"het portfolio ({DB_NAME})")
    items = (
        ("evidence", "{n} bewijsstukken (evidence/)"),
        ("backups", "{n} reservekopieën van het portfolio (backups/)"),
        (
            "archive-lists",
            "{n} lijstbestanden die met een ingelezen portfolio meekwamen (archive-lists/)",
        ),
        ("documentzegel", "de sleutel van het documentzegel van de PDF's (documentzegel/)"),
        ("demo", "het demoportfolio (demo/)"),
        ("settings", "de instellingen (settings/)"),
        (
            "cache",
            "de tussenbestanden (cache/: de gecontroleerde lijsten en je naam en stand bij het "
            "afsluiten, voor een snelle start)",
        ),
    )
    for name, text in items:
        folder = home / name
        if folder.exists() or folder.is_symlink():
            count = _count_files(folder) if folder.is_dir() and not folder.is_symlink() else 1
            _remove(folder)
            report.removed.append(text.format(n=count))
    mentor = home / "mentor"
    if mentor.exists() or mentor.is_symlink():
        parts = []
        if (mentor / "identity.json").exists():
            parts.append("het mentorprofiel met de sleutel van de mentor (mentor/identity.json)")
        if (mentor / "learners.json").exists():
            parts.append(
                "het logboek van de lerenden voor wie in mentormodus is afgetekend, met hun "
                "namen (mentor/learners.json)"
            )
        _remove(mentor)
        report.removed += parts or ["de map van de mentormodus (mentor/)"]
    school = home / "school"
    if school.exists() or school.is_symlink():
        _remove(school)
        report.removed.append(
            "de schoolmap (school/: de schoolsleutel en, in schoolmodus, de databank met de "
            "ingelezen portfolio's)"
        )
    temporary = [p for p in home.iterdir() if p.name.startswith(fileio.TEMP_PREFIX)]
    runs = home / fileio.RUNS_DIR
    for path in temporary:
        _remove(path)
    if runs.exists():
        _remove(runs)
    if temporary:
        report.removed.append(f"{len(temporary)} tijdelijke bestanden")
    if os.environ.get(paths.HOME_ENV) is None:
        for path in _platform_settings():
            if path.exists():
                path.unlink()
                report.removed.append(f"de instellingen van de app ({path})")
        if _erase_windows_settings():
            report.removed.append("de instellingen van de app (Windows-register)")
        cache = paths.cache_dir()  # the user's cache folder, outside the data folder
        if cache.exists() or cache.is_symlink():
            _remove(cache)
            report.removed.append(
                f"de tussenbestanden van de app ({cache}: de gecontroleerde lijsten en je naam "
                "en stand bij het afsluiten, voor een snelle start)"
            )
    lists = home / "lists"
    if lists.exists():
        report.kept.append(
            f"je eigen lijstbestanden in {lists} (die heb je er zelf gezet; wis ze zelf als je "
            "ze niet meer nodig hebt)"
        )
    leftovers = [p for p in home.iterdir() if p.name != "lists"]
    for path in leftovers:
        report.kept.append(f"{path} (niet door stageportfolio gemaakt)")
    if not any(home.iterdir()):
        home.rmdir()
    return report
