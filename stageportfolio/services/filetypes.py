"""The app's own files, each with one extension and one MIME type, and what opening one does.

A person double-clicks a file; the desktop starts ``stageportfolio FILE``; :func:`kind_of`
says what the file is (by its name, else by its content: a file mailed as ``.json`` or
``.zip`` still opens) and the app acts on it: a sign-off request opens the mentor screen, a
portfolio archive offers the import, a sign-off answer and mentor cards are read into the
portfolio. The installers (packaging/) register the same extensions and MIME types; a test
keeps them equal to :data:`FILE_TYPES`.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from stageportfolio.core.jsonread import load_json
from stageportfolio.store import archive as _archive

if TYPE_CHECKING:
    from stageportfolio.core.catalog import Catalog

ARCHIVE = "archive"
SIGNOFF_REQUEST = "signoff_request"
SIGNOFF_RESPONSE = "signoff_response"
MENTOR_CARD = "mentor_card"

SNIFF_LIMIT = 16 * 1024 * 1024  # larger JSON files are not one of ours


@dataclass(frozen=True)
class FileType:
    kind: str
    extension: str  # the one extension written from now on, with its dot
    older: tuple[str, ...]  # names written by earlier versions, still read
    mime: str
    description: str  # Dutch, for the desktop's file manager
    description_en: str
    json_formats: tuple[str, ...]  # the "format" fields of JSON files of this kind


FILE_TYPES: tuple[FileType, ...] = (
    FileType(
        ARCHIVE,
        ".stageportfolio",
        (".zip",),
        "application/x-stageportfolio-archive",
        "Stageportfolio-archief",
        "Stageportfolio archive",
        (),
    ),
    FileType(
        SIGNOFF_REQUEST,
        ".aftekenverzoek",
        (".aftekenverzoek.json",),
        "application/x-stageportfolio-signoff-request",
        "Aftekenverzoek voor een mentor",
        "Sign-off request for a mentor",
        ("stageportfolio-signoff-request",),
    ),
    FileType(
        SIGNOFF_RESPONSE,
        ".aftekening",
        (".aftekening.json",),
        "application/x-stageportfolio-signoff-response",
        "Aftekening van een mentor",
        "Sign-off by a mentor",
        ("stageportfolio-signoff-response",),
    ),
    FileType(
        MENTOR_CARD,
        ".mentorkaart",
        (".mentorkaart.json",),
        "application/x-stageportfolio-mentor-card",
        "Mentorkaart",
        "Mentor card",
        # the mentor's own card (for the school) and the card the school confirmed
        ("stageportfolio-mentor-card", "stageportfolio-vouched-mentor-card"),
    ),
)
BY_KIND = {file_type.kind: file_type for file_type in FILE_TYPES}


class FileOpenError(ValueError):
    """A file given to open that the app cannot use; the message says which and why."""


def extension(kind: str) -> str:
    return BY_KIND[kind].extension


def with_extension(path: Path, kind: str) -> Path:
    """``path`` with the extension of ``kind``; an older name of the same kind is replaced.

    ``Lotte.aftekenverzoek.json`` and ``Lotte`` both become ``Lotte.aftekenverzoek``.
    """
    file_type = BY_KIND[kind]
    name = path.name
    lower = name.lower()
    for old in sorted(file_type.older, key=len, reverse=True):
        if lower.endswith(old):
            name = name[: -len(old)]
            break
    if not name.lower().endswith(file_type.extension):
        name += file_type.extension
    return path.with_name(name)


def _by_name(path: Path) -> str | None:
    lower = path.name.lower()
    for file_type in FILE_TYPES:
        if lower.endswith(file_type.extension):
            return file_type.kind
    for file_type in FILE_TYPES:
        if any(lower.endswith(old) for old in file_type.older if old != ".zip"):
            return file_type.kind
    return None


def _by_content(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            if head.startswith(b"PK"):
                fh.seek(0)
                with zipfile.ZipFile(fh) as zf:
                    names = set(zf.namelist())
                return ARCHIVE if _archive.MANIFEST in names else None
            if path.stat().st_size > SNIFF_LIMIT:
                return None
            fh.seek(0)
            # Bounded (core.jsonread): nesting that would overflow the stack is no file of ours.
            data = load_json(fh.read(), path.name, max_bytes=SNIFF_LIMIT)
    except (OSError, ValueError, zipfile.BadZipFile):  # JsonFileError is a ValueError
        return None
    if not isinstance(data, dict):
        return None
    for file_type in FILE_TYPES:
        if data.get("format") in file_type.json_formats:
            return file_type.kind
    return None


def kind_of(path: Path) -> str | None:
    """What kind of file ``path`` is: one of the kinds of :data:`FILE_TYPES`, or None.

    The name decides when it has one of our extensions; otherwise (``.json``, ``.zip``, a name
    a mail program made up) the content does.
    """
    return _by_name(path) or _by_content(path)


def file_to_open(argument: str) -> tuple[Path, str]:
    """The file named on the command line and its kind; FileOpenError says what is wrong."""
    path = Path(argument).expanduser()
    if not path.exists():
        raise FileOpenError(f"{path}: bestand niet gevonden")
    if path.is_dir():
        raise FileOpenError(f"{path}: is een map, geen bestand")
    kind = kind_of(path)
    if kind is None:
        known = ", ".join(file_type.extension for file_type in FILE_TYPES)
        raise FileOpenError(
            f"{path.name}: dit is geen bestand van Stageportfolio (die eindigen op {known})"
        )
    return path, kind


# --- opening a portfolio archive ---------------------------------------------------------


def read_archive_file(path: Path) -> _archive.ArchiveContents:
    """Read and check a whole archive (or portfolio PDF) before anything is imported;
    FileOpenError if bad. The caller gives it back with ``discard_archive``."""
    from stageportfolio.services.portfolio_file import read_portfolio_file

    try:
        return read_portfolio_file(path)
    except _archive.ArchiveError as exc:
        raise FileOpenError(str(exc)) from exc


def discard_archive(contents: _archive.ArchiveContents) -> None:
    """Remove what reading the archive made (the zip unpacked from a PDF's attachments)."""
    _archive.discard(contents)


def describe_archive(contents: _archive.ArchiveContents) -> str:
    """``12 urenregels, 2 stageplaatsen, …``: what an archive holds, in one line."""
    return _archive.describe_counts(contents.counts)


def import_archive_file(
    engine: Engine, catalog: Catalog, contents: _archive.ArchiveContents
) -> str:
    """Import a checked archive into the (empty) data folder as ``stageportfolio import``
    does (its list files, the gate every way in passes); returns the portfolio's name."""
    from stageportfolio.services.portfolio_file import ArchiveListError, import_contents

    try:
        return import_contents(engine, catalog, contents).summary.portfolio_name
    except (_archive.ArchiveError, ArchiveListError) as exc:
        raise FileOpenError(str(exc)) from exc
