"""Evidence files: copied into the private ``<data>/evidence/`` folder and tracked by SHA-256.

A file is copied under a temporary name, flushed to disk and renamed to ``<uuid><suffix>``, so
the folder never holds a half-written file under a real name. The row is added in the caller's
transaction; if that transaction is rolled back, the copied file is deleted again.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy import event, select
from sqlmodel import Session

from stageportfolio import fileio, paths
from stageportfolio.core import clock
from stageportfolio.core.evidencetypes import HEAD_BYTES, TYPES, evidence_type, type_problem
from stageportfolio.core.limits import MAX_EVIDENCE_BYTES, size_text
from stageportfolio.store.db import StoreError, disk_full_error, disk_full_message
from stageportfolio.store.models import Evidence, EvidenceLink, new_id

EVIDENCE_DIR = "evidence"
CHUNK = 1024 * 1024
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,10}$")
# A stored name is a UUID plus a short suffix: nothing that could leave the evidence folder.
STORED_NAME = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,10})?$"
)
_PENDING_KEY = "stageportfolio.evidence.pending"


@dataclass(frozen=True)
class EvidenceProblem:
    evidence_id: str
    stored_name: str
    original_name: str
    problem: str  # Dutch, for the user


@dataclass(frozen=True)
class EvidenceCheck:
    checked: int
    problems: list[EvidenceProblem] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # files in the folder no row refers to

    @property
    def ok(self) -> bool:
        return not self.problems


def evidence_dir(*, create: bool = False) -> Path:
    folder = paths.data_dir() / EVIDENCE_DIR
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if os.name == "posix":
                folder.chmod(0o700)
        except OSError as exc:
            if disk_full_error(exc):
                raise StoreError(disk_full_message(f"de map {folder} is niet aangemaakt")) from exc
            raise StoreError(f"de map {folder} kan niet aangemaakt worden: {exc.strerror}") from exc
    return folder


def evidence_path(stored_name: str) -> Path:
    if not STORED_NAME.match(stored_name):
        raise StoreError(f"ongeldige bestandsnaam voor een bewijsstuk: {stored_name!r}")
    return evidence_dir() / stored_name


def stored_suffix(original_name: str) -> str:
    """The lower-case suffix of the original name if it is a plain one, else nothing."""
    suffix = Path(original_name).suffix.lower()
    return suffix if _SUFFIX.match(suffix) else ""


def hash_stream(stream: IO[bytes]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def hash_file(path: Path) -> tuple[str, int]:
    with path.open("rb") as fh:
        return hash_stream(fh)


def copy_to_temp(
    stream: IO[bytes], folder: Path, stored_name: str, *, limit: int | None = None
) -> tuple[Path, str, int]:
    """Copy ``stream`` to a temporary file in ``folder``: (temp path, sha256, size).

    The temporary name is in this process's journal (``fileio``), so a kill leaves nothing the
    next start does not remove. With ``limit``, copying stops one byte past it (the caller
    sees a size that does not match) instead of filling the disk.
    """
    cap = MAX_EVIDENCE_BYTES if limit is None else limit
    with fileio.temp_file(folder, stored_name) as (out, temp):
        digest = hashlib.sha256()
        size = 0
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if size > cap:
                break
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return temp, digest.hexdigest(), size


def _after_commit(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)


def _after_rollback(session: Session) -> None:
    for path in session.info.pop(_PENDING_KEY, []):
        path.unlink(missing_ok=True)


def _track(session: Session, path: Path) -> None:
    """Delete ``path`` if the session's transaction is rolled back instead of committed."""
    pending: list[Path] | None = session.info.get(_PENDING_KEY)
    if pending is None:
        session.info[_PENDING_KEY] = pending = []
        if not event.contains(session, "after_commit", _after_commit):
            event.listen(session, "after_commit", _after_commit)
            event.listen(session, "after_rollback", _after_rollback)
    pending.append(path)


class EvidenceTypeError(StoreError):
    """A file that cannot be evidence (not a document or picture, or not what its name says)."""


def file_problem(path: Path, suffix: str | None = None, *, name: str | None = None) -> str | None:
    """Why the file at ``path`` cannot be (or be opened as) evidence, or None; ``suffix`` is
    the extension it goes by (default: its own)."""
    suffix = stored_suffix(path.name) if suffix is None else suffix
    label = name or path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        return f"{label}: kan niet gelezen worden ({exc.strerror})"
    kind = evidence_type(suffix)
    names: list[str] | None = None
    if kind is not None and kind.zip_based and head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            names = None
    return type_problem(label, suffix, head, names)


def openable_path(stored_name: str, original_name: str) -> Path:
    """The stored file, if it may be handed to the operating system to open: its stored
    extension is an evidence type and its content matches it. Otherwise EvidenceTypeError
    (Dutch): a program stored under an innocent original name is never opened."""
    path = evidence_path(stored_name)
    if not path.is_file():
        raise StoreError(f"Het bestand van {original_name} ontbreekt in de map met bewijsstukken.")
    problem = file_problem(path, name=original_name)
    if problem is not None:
        raise EvidenceTypeError(
            f"{original_name} wordt niet geopend: {problem.removeprefix(original_name + ': ')}"
        )
    return path


def add_evidence(
    session: Session,
    *,
    portfolio_id: str,
    source: Path,
    description: str = "",
    day: date | None = None,
    links: Sequence[str] = (),
) -> str:
    """Copy ``source`` into the evidence folder and record it; returns the evidence id.

    Only documents and pictures are taken (``core.evidencetypes``), checked on the copy's
    content, so a program behind an innocent name never gets in.
    """
    source = Path(source)
    if not source.is_file():
        raise StoreError(f"{source}: bestand niet gevonden")
    suffix = stored_suffix(source.name)
    if evidence_type(suffix) is None:
        raise EvidenceTypeError(str(type_problem(source.name, suffix, b"")))
    folder = evidence_dir(create=True)
    evidence_id = new_id()
    stored_name = evidence_id + suffix
    final = folder / stored_name
    try:
        if source.stat().st_size > MAX_EVIDENCE_BYTES:
            raise EvidenceTypeError(
                f"{source.name} is te groot voor een bewijsstuk "
                f"({size_text(source.stat().st_size)}; hoogstens {size_text(MAX_EVIDENCE_BYTES)})"
            )
        with source.open("rb") as fh:
            temp, sha256, size = copy_to_temp(fh, folder, stored_name)
    except OSError as exc:
        if disk_full_error(exc):
            raise StoreError(
                disk_full_message(f"{source.name} is niet toegevoegd als bewijsstuk")
            ) from exc
        raise StoreError(f"{source}: kan niet gekopieerd worden ({exc.strerror})") from exc
    problem = file_problem(temp, suffix, name=source.name)
    if problem is None and size > MAX_EVIDENCE_BYTES:
        problem = f"{source.name} is te groot voor een bewijsstuk"
    if problem is not None:
        fileio.discard(temp)
        raise EvidenceTypeError(problem)
    try:
        fileio.note_placed(final)  # a kill before the commit: the next start removes it
        os.replace(temp, final)
        fileio.done_with(temp)
    except OSError as exc:
        fileio.discard(temp)
        raise StoreError(f"{source}: kan niet gekopieerd worden ({exc.strerror})") from exc
    _track(session, final)
    media_type = TYPES[suffix].media_type
    try:
        session.add(
            Evidence(
                id=evidence_id,
                portfolio_id=portfolio_id,
                stored_name=stored_name,
                original_name=source.name,
                media_type=media_type,
                day=day or clock.today(),
                sha256=sha256,
                size=size,
                description=description,
            )
        )
        session.flush()
        for target in dict.fromkeys(links):
            session.add(EvidenceLink(evidence_id=evidence_id, target_id=target))
        session.flush()
    except BaseException:
        final.unlink(missing_ok=True)
        raise
    return evidence_id


def verify_evidence(session: Session, *, portfolio_id: str) -> EvidenceCheck:
    """Recompute the hash and size of every evidence file of the portfolio."""
    rows: Any = session.execute(
        select(Evidence)
        .where(Evidence.portfolio_id == portfolio_id)  # type: ignore[arg-type]
        .order_by(Evidence.stored_name)
    ).scalars()
    problems: list[EvidenceProblem] = []
    known: set[str] = set()
    checked = 0
    folder = evidence_dir()
    for row in rows:
        checked += 1
        known.add(row.stored_name)

        def problem(text: str, row: Evidence = row) -> EvidenceProblem:
            return EvidenceProblem(row.id, row.stored_name, row.original_name, text)

        path = folder / row.stored_name
        try:
            sha256, size = hash_file(path)
        except FileNotFoundError:
            problems.append(problem(f"{row.original_name}: het bestand ontbreekt ({path})"))
            continue
        except OSError as exc:
            problems.append(problem(f"{row.original_name}: onleesbaar ({exc.strerror})"))
            continue
        if sha256 != row.sha256 or size != row.size:
            problems.append(
                problem(f"{row.original_name}: het bestand is gewijzigd sinds het werd toegevoegd")
            )
            continue
        kind = file_problem(path, name=row.original_name)
        if kind is not None:
            problems.append(problem(f"wordt niet geopend: {kind}"))
    orphans = []
    if folder.is_dir():
        orphans = sorted(
            p.name
            for p in folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.name not in known
        )
    return EvidenceCheck(checked=checked, problems=problems, orphans=orphans)
