"""The lists a portfolio is checked against: loading them, adding one, and carrying them along.

- ``load_user_catalog``: shipped lists, the user's lists folder and the lists that came with an
  imported portfolio (``<data>/archive-lists``), as the CLI and the app see them.
- ``preview_list_file`` / ``install_list_file``: Bestand > Lijst toevoegen… (a coordinator's
  variant): validate a TOML file with every problem (file, line, field), then copy it (and the
  BK files next to it that it needs) into ``<data>/lists``.
- ``travelling_files``: the list files a portfolio's archive and PDF carry, so a receiver gets
  the same verdict without the list installed.
- ``stage_archive_lists`` / ``ArchiveLists.commit``: on import, the carried files are checked
  and put in ``<data>/archive-lists``; one that differs from an installed list with the same id
  and version is never used (the installed one is, since the file is the pupil's claim) and is
  kept aside in ``archive-lists/afwijkend`` for the coordinator to compare.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from stageportfolio import fileio, paths
from stageportfolio.core.activitylist import BKFile
from stageportfolio.core.catalog import (
    SHIPPED_DIR,
    ActivityList,
    Catalog,
    ListFileError,
    Problem,
    UnknownListError,
    load_bk,
    load_catalog,
    validate_file,
)
from stageportfolio.core.schoolcalendar import SchoolCalendar

ARCHIVE_LISTS = "archive-lists"
CONFLICTS = "afwijkend"
LISTS_PREFIX = "lists/"


def archive_lists_dir() -> Path:
    """The list files that came with the imported portfolio of this data folder."""
    return paths.data_dir() / ARCHIVE_LISTS


def load_user_catalog() -> Catalog:
    """The catalog of the user's lists, from the cache when no list file changed."""
    from stageportfolio.services.catalog_cache import load_catalog_cached

    return load_catalog_cached(paths.user_lists_dir(), archive_lists_dir())


# --- Bestand > Lijst toevoegen… ---------------------------------------------------------


class ListAddRefused(ValueError):
    """A valid file that cannot be added as it is; the message (Dutch) says why and what to do."""


@dataclass(frozen=True)
class ListPreview:
    """A checked file, ready to be added: a list (``alist``) or a BK file (``bk``)."""

    path: Path
    alist: ActivityList | None = None
    bk: BKFile | None = None
    # User BK files in a bk/ folder next to the list that it links and that are not installed.
    bk_files: tuple[Path, ...] = ()
    # An identical file is installed already (nothing to copy).
    installed: Path | None = None


def _is_shipped(path: Path | None) -> bool:
    return path is not None and path.resolve().is_relative_to(SHIPPED_DIR.resolve())


def preview_list_file(path: Path, catalog: Catalog) -> ListPreview:
    """Check a list or BK file as ``validate-list`` does, and whether it can be added.

    Raises ``ListFileError`` with every problem, or ``ListAddRefused``.
    """
    if not path.is_file():
        raise ListFileError([Problem(path, None, None, "bestand niet gevonden")])
    result = validate_file(path, catalog)
    if isinstance(result, BKFile):
        where = catalog.bk_paths.get(result.code)
        if where is None:
            return ListPreview(path, bk=result)
        if catalog.bks[result.code] == result:
            return ListPreview(path, bk=result, installed=where)
        raise ListAddRefused(
            f"{path.name}: BK {result.code} staat al in {where}, met een andere inhoud. Geef deze "
            "BK een nieuwe code en version, en verwijs in je lijst naar die code."
        )
    if isinstance(result, SchoolCalendar):
        raise ListAddRefused(
            f"{path.name}: dit is een schoolkalender, geen lijst of BK. Zet hem als "
            f"schoolkalender.toml in {paths.user_lists_dir()}; hij geldt dan voor elke lijst."
        )
    existing = catalog.lists.get((result.id, result.version))
    if existing is not None and existing.origin != "archive":
        if existing.same_content(result):
            return ListPreview(path, alist=result, installed=existing.path)
        raise ListAddRefused(
            f"{path.name}: de lijst {result.id} versie {result.version} bestaat al "
            f"({existing.path}), met een andere inhoud. Een portfolio dat die versie volgt, moet "
            f"dezelfde regels houden: geef je lijst version = {result.version + 1} (of hoger)."
        )
    needed = {link.code for link in result.spec.bks} - set(catalog.bks)
    bk_files = tuple(
        bk_path
        for bk_path in sorted((path.parent / "bk").glob("*.toml"))
        if load_bk(bk_path).code in needed
    )
    return ListPreview(path, alist=result, bk_files=bk_files)


def _free_name(folder: Path, name: str, data: bytes) -> Path:
    """``name`` in ``folder``, or a numbered name when another file already has it."""
    target = folder / name
    stem, counter = target.stem, 2
    while target.exists() and target.read_bytes() != data:
        target = folder / f"{stem}-{counter}.toml"
        counter += 1
    return target


def install_list_file(preview: ListPreview, user_dir: Path | None = None) -> Path:
    """Copy a previewed file (and the BK files it needs) into the user's lists folder.

    Each file is written whole or not at all; BK files first, so the list never appears
    without them. Returns where the list (or BK) file is. Raises OSError when it cannot be
    written.
    """
    if preview.installed is not None:
        return preview.installed
    folder = user_dir or paths.user_lists_dir()
    (folder / "bk").mkdir(parents=True, exist_ok=True)
    for bk_path in preview.bk_files:
        data = bk_path.read_bytes()
        fileio.write_atomically(_free_name(folder / "bk", bk_path.name, data), data)
    data = preview.path.read_bytes()
    target_folder = folder / "bk" if preview.bk is not None else folder
    target = _free_name(target_folder, preview.path.name, data)
    fileio.write_atomically(target, data)
    return target


# --- lists that travel with a portfolio -------------------------------------------------


def travelling_files(catalog: Catalog, alist: ActivityList) -> dict[str, bytes]:
    """The files a receiver needs to check the portfolio against ``alist`` exactly: the list
    file, its base list file (a variant; the version it was resolved against) and every BK
    file they link that does not ship with the app. Member names as in the archive."""
    lists: list[ActivityList] = [alist]
    if alist.variant is not None:
        lists.append(catalog.get(alist.variant.base_id, alist.variant.base_version))
    files: dict[str, bytes] = {}
    for item in lists:
        if item.path is None:
            continue
        files[f"{LISTS_PREFIX}{item.id}-v{item.version}.toml"] = item.path.read_bytes()
        for bk in item.bks:
            where = catalog.bk_paths.get(bk.code)
            if where is not None and where.is_file() and not _is_shipped(where):
                files[f"{LISTS_PREFIX}bk/{bk.code}.toml"] = where.read_bytes()
    return files


def portfolio_list_files(catalog: Catalog, list_id: str, list_version: int) -> dict[str, bytes]:
    """The travelling files of a portfolio's pinned list; none when that list is gone (the
    archive is then checked against whatever the receiver has installed, as format 1 was)."""
    try:
        alist = catalog.get(list_id, list_version)
    except UnknownListError:
        return {}
    return travelling_files(catalog, alist)


@dataclass
class ArchiveLists:
    """The list files of an archive, checked and staged next to their final place."""

    staging: Path | None
    # Messages (Dutch) about carried lists that differ from installed ones.
    conflicts: list[str] = field(default_factory=list)
    conflict_files: list[Path] = field(default_factory=list)
    # The portfolio's list as the receiver will check it: carried ("archive") or installed.
    alist: ActivityList | None = None

    def discard(self) -> None:
        if self.staging is not None:
            fileio.discard(self.staging)
            self.staging = None

    def commit(self) -> None:
        """Put the staged files in ``<data>/archive-lists`` (replacing what an erased portfolio
        left there); the conflicting ones go to its ``afwijkend`` folder, never loaded."""
        if self.staging is None:
            return
        final = archive_lists_dir()
        aside = self.staging / CONFLICTS
        for path in self.conflict_files:
            (aside / path.relative_to(self.staging).parent).mkdir(parents=True, exist_ok=True)
            path.replace(aside / path.relative_to(self.staging))
        if final.exists():
            shutil.rmtree(final)
        self.staging.replace(final)
        fileio.done_with(self.staging)
        fileio.fsync_dir(final.parent)
        self.staging = None


class ArchiveListError(ValueError):
    """The carried list files cannot give the portfolio's verdict; the message says why."""


def stage_archive_lists(
    files: Mapping[str, bytes], *, list_id: str, list_version: int, name: str
) -> ArchiveLists:
    """Check the list files an archive carries against what is installed, and stage them.

    Nothing carried replaces an installed list or BK with the same id and version (code): the
    installed one is used, and a carried one that differs is reported and kept aside. Raises
    ``ArchiveListError`` when the portfolio's list (``list_id`` version ``list_version``) is
    neither installed nor usable from the archive. An archive without list files (format 1)
    stages nothing and is checked against the installed lists, as before.
    """
    if not files:
        return ArchiveLists(staging=None)
    home = paths.data_dir(create=True)
    # A temporary name the next start removes if this process is killed (fileio).
    staging = fileio.temp_path(home, ARCHIVE_LISTS)
    staging.mkdir(mode=0o700)
    result = ArchiveLists(staging=staging)
    try:
        (staging / "bk").mkdir()
        for member, data in files.items():
            (staging / member.removeprefix(LISTS_PREFIX)).write_bytes(data)
        catalog = load_catalog(paths.user_lists_dir(), staging)
        alist = catalog.lists.get((list_id, list_version))
        if alist is None:
            problems = [p for p in catalog.problems if p.path.is_relative_to(staging)]
            shown = "; ".join(_relative(p, staging) for p in problems[:5])
            raise ArchiveListError(
                f"{name}: de lijst van dit portfolio ({list_id} versie {list_version}) is hier "
                "niet geïnstalleerd, en het lijstbestand in het archief is niet bruikbaar"
                + (f": {shown}" if shown else "")
            )
        result.alist = alist
        for problem in catalog.conflicts:
            if problem.path.is_relative_to(staging):
                result.conflicts.append(_relative(problem, staging))
                result.conflict_files.append(problem.path)
    except BaseException:
        result.discard()
        raise
    return result


def _relative(problem: Problem, staging: Path) -> str:
    text = str(problem)
    return text.replace(str(staging) + "/", "").replace(str(staging), "")
