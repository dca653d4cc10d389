"""The whole-portfolio archive: one zip with every row and every evidence file.

The format is described in ``docs/portfolio-archive.md``. Reading validates the whole archive
before anything is written; importing writes every row in one transaction and puts evidence
files in place only once that transaction has committed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from stageportfolio import fileio, paths
from stageportfolio.core import clock, limits
from stageportfolio.core.jsonread import JsonFileError, load_json
from stageportfolio.core.limits import count_text, size_text
from stageportfolio.store import queries
from stageportfolio.store.db import (
    SCHEMA_HEAD,
    StoreError,
    alembic_config,
    disk_full_error,
    disk_full_message,
    remove_unreferenced_evidence,
    session_scope,
)
from stageportfolio.store.evidence import (
    CHUNK,
    STORED_NAME,
    copy_to_temp,
    evidence_dir,
)
from stageportfolio.store.models import (
    ActivityRecord,
    Evidence,
    EvidenceLink,
    HourEntry,
    Mentor,
    Placement,
    Portfolio,
    SignOff,
    VouchedCard,
)

FORMAT_NAME = "stageportfolio-archive"
# 2: the list file(s) the portfolio is checked against travel along under lists/.
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
PAYLOAD = "portfolio.json"
EVIDENCE_PREFIX = "evidence/"
LISTS_PREFIX = "lists/"
# The portfolio's list file, its base list (for a variant) and the user's BK files they link.
LIST_MEMBER = re.compile(r"lists/(bk/)?[A-Za-z0-9][A-Za-z0-9._-]*\.toml")
NEWER = "gemaakt met een nieuwere versie van stageportfolio; werk de app bij om het te openen"
NEWER_EN = "made with a newer version of stageportfolio; update the app to open it"


class ArchiveError(Exception):
    """The archive cannot be written, read or imported; the message is for the user (Dutch).
    ``en`` is its English form where the reader words one (school mode shows it in English)."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


# --- the format, as pydantic models -------------------------------------------------------


def _utc(value: datetime) -> datetime:
    """Timestamps are UTC; a timestamp without a zone (as SQLite returns it) is taken as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_utc)]
Id = Annotated[str, Field(min_length=1, max_length=200)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


Level = Annotated[int, Field(ge=1, le=1000)]


class PortfolioRow(_Row):
    id: Id
    role: Literal["student", "evc"]
    name: str
    organisation: str
    programme: str
    list_id: str
    list_version: int = Field(ge=1, le=1_000_000)
    school_year: str
    created_at: UtcDateTime
    updated_at: UtcDateTime


class MentorRow(_Row):
    id: Id
    portfolio_id: Id
    name: str
    organisation: str
    sector: Literal["social_profit", "local_government"]
    email: str
    public_key: str | None
    # Schema 0002 wrote a mentor's sealed private key here. A sealed key never leaves the
    # laptop it was made on: exports write null, and an import drops what an old archive has.
    sealed_key: str | None = None


class PlacementRow(_Row):
    id: Id
    portfolio_id: Id
    organisation: str
    unit: str
    context: str
    mentor_id: Id | None
    start_date: date
    end_date: date
    # Schema 0004; absent in archives made before it (no usual schedule).
    usual_weekdays: str = Field(default="", pattern=r"^[1-7]{0,7}$")
    usual_minutes: int = Field(default=0, ge=0, le=1440)


class HourEntryRow(_Row):
    id: Id
    portfolio_id: Id
    placement_id: Id | None
    day: date
    minutes: int = Field(gt=0, le=1440)
    context: str
    note: str
    import_key: str | None
    created_at: UtcDateTime


class ActivityRecordRow(_Row):
    id: Id
    portfolio_id: Id
    activity_id: str
    competence_id: str
    proposed_level: Level
    day: date
    reflection: str
    created_at: UtcDateTime


class EvidenceRow(_Row):
    id: Id
    portfolio_id: Id
    stored_name: Annotated[str, Field(pattern=STORED_NAME.pattern)]
    original_name: str
    media_type: str
    day: date
    sha256: Sha256
    size: int = Field(ge=0, le=limits.MAX_EVIDENCE_BYTES)
    description: str


class EvidenceLinkRow(_Row):
    evidence_id: Id
    target_id: Id


class SignOffRow(_Row):
    id: Id
    portfolio_id: Id
    target_kind: Literal["hour_entry", "activity_record", "competence"]
    target_id: Id
    level: Level | None
    mentor_id: Id | None
    mentor_name: str
    comment: str
    signed_at: UtcDateTime
    payload: str | None
    signature: str | None
    key_fingerprint: str | None
    public_key: str | None = None  # schema 0002; absent in archives made before it
    # Schema 0003; absent in archives made before it (a signature there is an Ed25519 key's).
    method: str | None = None
    decision: Literal["approve", "refuse"] = "approve"
    method_data: str | None = None


class VouchedCardRow(_Row):
    id: Id
    portfolio_id: Id
    public_key: str
    document: str
    document_sha256: Sha256
    imported_at: UtcDateTime


class ArchivePayload(_Row):
    """``portfolio.json``: every row of the portfolio, table by table."""

    portfolio: PortfolioRow
    mentors: list[MentorRow]
    placements: list[PlacementRow]
    hour_entries: list[HourEntryRow]
    activity_records: list[ActivityRecordRow]
    evidence: list[EvidenceRow]
    evidence_links: list[EvidenceLinkRow]
    signoffs: list[SignOffRow]
    vouched_cards: list[VouchedCardRow] = []  # schema 0003


class Manifest(_Row):
    format: Literal["stageportfolio-archive"]
    format_version: Literal[1, 2]
    app_version: str
    created_at: UtcDateTime
    schema_revision: str
    portfolio_id: Id
    files: dict[str, Sha256]


# payload key -> (table model, row model); also the order rows are inserted in.
TABLES: dict[str, tuple[type[SQLModel], type[_Row]]] = {
    "mentors": (Mentor, MentorRow),
    "placements": (Placement, PlacementRow),
    "hour_entries": (HourEntry, HourEntryRow),
    "activity_records": (ActivityRecord, ActivityRecordRow),
    "evidence": (Evidence, EvidenceRow),
    "evidence_links": (EvidenceLink, EvidenceLinkRow),
    "signoffs": (SignOff, SignOffRow),
    "vouched_cards": (VouchedCard, VouchedCardRow),
}
LABELS = {
    "mentors": "mentoren",
    "placements": "stageplaatsen",
    "hour_entries": "urenregels",
    "activity_records": "activiteiten",
    "evidence": "bewijsstukken",
    "evidence_links": "koppelingen",
    "signoffs": "aftekeningen",
    "vouched_cards": "mentorkaarten",
}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    portfolio_name: str
    counts: dict[str, int]
    size: int


@dataclass(frozen=True)
class ArchiveContents:
    """A fully validated archive; the evidence files are read again (and re-hashed) on import.

    ``path`` is the zip to read the evidence from; ``name`` the user's file (for messages);
    ``temporary`` says ``path`` is a zip the app made (from a PDF's attachments) that
    ``discard`` removes.
    """

    path: Path
    manifest: Manifest
    payload: ArchivePayload
    name: str = ""
    temporary: bool = False
    # The list files that travel with the portfolio: member name (``lists/…``) -> bytes.
    lists: dict[str, bytes] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return {key: len(getattr(self.payload, key)) for key in TABLES}

    def with_temporary(self) -> ArchiveContents:
        return replace(self, temporary=True)


@dataclass(frozen=True)
class ImportSummary:
    portfolio_name: str
    counts: dict[str, int]


def describe_counts(counts: dict[str, int]) -> str:
    """``12 urenregels, 2 stageplaatsen, …`` for the one-line summaries of the CLI."""
    keys = ("hour_entries", "placements", "mentors", "activity_records", "signoffs", "evidence")
    return ", ".join(f"{counts.get(key, 0)} {LABELS[key]}" for key in keys)


# --- export -------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _row_dict(row: SQLModel) -> dict[str, Any]:
    table: Any = row.__table__  # type: ignore[attr-defined]
    return {column.name: _json_value(getattr(row, column.name)) for column in table.columns}


def _rows(session: Session, model: type[SQLModel], portfolio_id: str) -> list[dict[str, Any]]:
    table: Any = model.__table__  # type: ignore[attr-defined]
    if model is EvidenceLink:
        query: Any = (
            select(EvidenceLink)
            .join(Evidence, Evidence.id == EvidenceLink.evidence_id)  # type: ignore[arg-type]
            .where(Evidence.portfolio_id == portfolio_id)  # type: ignore[arg-type]
            .order_by(EvidenceLink.evidence_id, EvidenceLink.target_id)
        )
    else:
        query = select(model).where(table.c.portfolio_id == portfolio_id).order_by(table.c.id)
    return [_row_dict(row) for row in session.execute(query).scalars()]


def _app_version() -> str:
    try:
        return metadata.version("stageportfolio")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "onbekend"


@dataclass(frozen=True)
class _Collected:
    """What an export writes: the rows (validated), ``portfolio.json`` and the manifest."""

    portfolio_name: str
    data: dict[str, Any]
    payload: ArchivePayload
    body: bytes
    manifest: dict[str, Any]
    lists: dict[str, bytes]


def _check_list_members(lists: Mapping[str, bytes]) -> None:
    for member, data in lists.items():
        if not LIST_MEMBER.fullmatch(member) or len(data) > limits.MAX_LIST_FILE_BYTES:
            raise ValueError(f"not a list file member: {member!r}")


def _collect(
    engine: Engine, lists: Mapping[str, bytes] | None = None, created: datetime | None = None
) -> _Collected:
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
        portfolio = session.get(Portfolio, info.id)
        assert portfolio is not None
        data: dict[str, Any] = {"portfolio": _row_dict(portfolio)}
        for key, (model, _) in TABLES.items():
            data[key] = _rows(session, model, info.id)
    for mentor in data["mentors"]:
        mentor["sealed_key"] = None  # never leaves this laptop
    # The archive must be importable: check what we are about to write with the reader's rules.
    try:
        payload = ArchivePayload.model_validate(data)
    except ValidationError as exc:
        raise ArchiveError(f"het portfolio bevat ongeldige gegevens: {_first_error(exc)}") from exc
    _check_references(payload, PAYLOAD)
    body = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    files = {PAYLOAD: hashlib.sha256(body).hexdigest()}
    for row in payload.evidence:
        files[EVIDENCE_PREFIX + row.stored_name] = row.sha256
    lists = dict(lists or {})
    _check_list_members(lists)
    for member, list_data in sorted(lists.items()):
        files[member] = hashlib.sha256(list_data).hexdigest()
    manifest = {
        "format": FORMAT_NAME,
        # Without list files the archive is what format 1 was: older apps can read it.
        "format_version": FORMAT_VERSION if lists else 1,
        "app_version": _app_version(),
        "created_at": (created or clock.now()).astimezone(UTC).isoformat(timespec="seconds"),
        # The database was brought to the newest revision when it was opened; the constant
        # (checked against Alembic by a test) spares an export importing Alembic.
        "schema_revision": SCHEMA_HEAD,
        "portfolio_id": info.id,
        "files": files,
    }
    return _Collected(info.name, data, payload, body, manifest, lists)


def _manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")


def export_archive(
    engine: Engine, out: Path, *, lists: Mapping[str, bytes] | None = None
) -> ExportSummary:
    """Write the portfolio of this data folder to ``out`` (temporary file, fsync, rename).

    ``lists`` are the list files that travel with it (``lists/<name>.toml``, ``lists/bk/…``).
    """
    out = Path(out)
    collected = _collect(engine, lists)
    data, payload, body = collected.data, collected.payload, collected.body
    folder = evidence_dir()
    full = disk_full_message(f"er is geen archief gemaakt ({out} is niet geschreven)")
    temp: Path | None = None
    try:
        # A temporary name the next start removes if this process is killed (fileio).
        with fileio.temp_file(out.parent, out.name, mode=None) as (fh, temp):
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, _manifest_bytes(collected.manifest))
                zf.writestr(PAYLOAD, body)
                for member, list_data in sorted(collected.lists.items()):
                    zf.writestr(member, list_data)
                for row in payload.evidence:
                    _write_evidence(zf, folder / row.stored_name, row)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, out)
        fileio.done_with(temp)
        fileio.fsync_dir(out.parent)
    except BaseException as exc:
        if temp is not None:
            fileio.discard(temp)
        # A write that fails inside zipfile may resurface as another error when the zip is
        # closed (e.g. ValueError for a still-open member): look for the cause.
        if disk_full_error(exc):
            raise ArchiveError(full) from exc
        if isinstance(exc, OSError):
            raise ArchiveError(f"{out}: kan niet geschreven worden ({exc.strerror})") from exc
        raise
    counts = {key: len(data[key]) for key in TABLES}
    return ExportSummary(
        path=out, portfolio_name=collected.portfolio_name, counts=counts, size=out.stat().st_size
    )


def archive_payload(
    engine: Engine, *, lists: Mapping[str, bytes] | None = None, created: datetime | None = None
) -> dict[str, bytes]:
    """The archive's files as bytes, without writing a zip: ``manifest.json``,
    ``portfolio.json``, the travelling ``lists/…`` files and ``evidence/<stored_name>`` for
    every evidence file (re-hashed, as ``export_archive`` does). For containers other than a
    zip, such as the archival PDF; ``created`` is the manifest's time stamp (default: now)."""
    collected = _collect(engine, lists, created)
    files = {MANIFEST: _manifest_bytes(collected.manifest), PAYLOAD: collected.body}
    files.update(collected.lists)
    folder = evidence_dir()
    for row in collected.payload.evidence:
        files[EVIDENCE_PREFIX + row.stored_name] = _read_evidence(folder / row.stored_name, row)
    return files


def _read_evidence(source: Path, row: EvidenceRow) -> bytes:
    try:
        data = source.read_bytes()
    except FileNotFoundError as exc:
        raise ArchiveError(
            f"bewijsstuk {row.original_name!r} ontbreekt in de map met bewijsstukken ({source}); "
            "er is geen archief gemaakt."
        ) from exc
    if hashlib.sha256(data).hexdigest() != row.sha256 or len(data) != row.size:
        raise ArchiveError(
            f"bewijsstuk {row.original_name!r} ({source}) is gewijzigd sinds het werd "
            "toegevoegd; er is geen archief gemaakt."
        )
    return data


def _write_evidence(zf: zipfile.ZipFile, source: Path, row: EvidenceRow) -> None:
    """Copy one evidence file into the zip, refusing a file that changed since it was added."""
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as src, zf.open(EVIDENCE_PREFIX + row.stored_name, "w") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
    except FileNotFoundError as exc:
        raise ArchiveError(
            f"bewijsstuk {row.original_name!r} ontbreekt in de map met bewijsstukken ({source}); "
            "er is geen archief gemaakt."
        ) from exc
    if digest.hexdigest() != row.sha256 or size != row.size:
        raise ArchiveError(
            f"bewijsstuk {row.original_name!r} ({source}) is gewijzigd sinds het werd "
            "toegevoegd; er is geen archief gemaakt."
        )


# --- reading and validating ---------------------------------------------------------------


def _first_error(exc: ValidationError) -> str:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"]) or "(geheel)"
    more = f" (en nog {len(errors) - 1} andere fouten)" if len(errors) > 1 else ""
    return f"veld {where}: {first['msg']}{more}"


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # only to read an archive: not on export

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def _hash_member(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with zf.open(name) as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _unique(values: Iterable[Any], what: str, where: str) -> None:
    repeated = [value for value, count in Counter(values).items() if count > 1]
    if repeated:
        raise ArchiveError(f"{where}: {what} {repeated[0]!r} komt meer dan eens voor")


def _check_references(payload: ArchivePayload, where: str) -> None:
    """Ids unique, every row in this portfolio, every foreign key resolving inside the archive."""
    pid = payload.portfolio.id
    for key in TABLES:
        if key == "evidence_links":
            continue
        rows: Sequence[Any] = getattr(payload, key)
        _unique((row.id for row in rows), f"id in {key}", where)
        for row in rows:
            if row.portfolio_id != pid:
                raise ArchiveError(
                    f"{where}: {key} {row.id} hoort bij een ander portfolio ({row.portfolio_id})"
                )
    _unique(
        ((link.evidence_id, link.target_id) for link in payload.evidence_links), "koppeling", where
    )
    _unique((row.stored_name for row in payload.evidence), "bestandsnaam", where)
    mentors = {row.id for row in payload.mentors}
    placements = {row.id for row in payload.placements}
    evidence = {row.id for row in payload.evidence}

    def resolve(value: str | None, known: set[str], what: str, key: str, row_id: str) -> None:
        if value is not None and value not in known:
            raise ArchiveError(f"{where}: {key} {row_id} verwijst naar onbekende {what} {value}")

    for placement in payload.placements:
        resolve(placement.mentor_id, mentors, "mentor", "placements", placement.id)
        if placement.end_date < placement.start_date:
            raise ArchiveError(f"{where}: placements {placement.id} eindigt voor het begint")
    for entry in payload.hour_entries:
        resolve(entry.placement_id, placements, "stageplaats", "hour_entries", entry.id)
    _unique(
        (e.import_key for e in payload.hour_entries if e.import_key is not None),
        "import_key",
        where,
    )
    for link in payload.evidence_links:
        resolve(link.evidence_id, evidence, "bewijsstuk", "evidence_links", link.target_id)
    for signoff in payload.signoffs:
        resolve(signoff.mentor_id, mentors, "mentor", "signoffs", signoff.id)


def read_archive(path: Path, *, name: str | None = None) -> ArchiveContents:
    """Open and validate an archive completely; raise ArchiveError naming what is wrong.

    Nothing is read whole or unpacked before its size is known to be within the limits of
    ``core.limits`` (per file, in total, and its compression ratio). ``name`` is how the file
    is called in messages (default: its own name).
    """
    path = Path(path)
    name = name or path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise ArchiveError(f"{path}: bestand niet gevonden") from exc
    except IsADirectoryError as exc:
        raise ArchiveError(f"{path}: is een map, geen archiefbestand") from exc
    except PermissionError as exc:
        raise ArchiveError(f"{path}: geen toegang tot het bestand") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ArchiveError(
            f"{name}: geen geldig portfolio-archief (geen zip-bestand, of het bestand is "
            "beschadigd of onvolledig)",
            f"{name}: not a valid portfolio archive (not a zip file, or the file is damaged or "
            "incomplete)",
        ) from exc
    try:
        with zf:
            return _validate(zf, path, name)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,  # an encrypted member
        ValueError,  # e.g. a member whose header does not match the directory
    ) as exc:
        if isinstance(exc, ArchiveError | JsonFileError):
            raise
        raise ArchiveError(
            f"{name}: het archief is beschadigd en kan niet gelezen worden ({exc})"
        ) from exc


def read_archive_members(
    members: Iterable[tuple[str, Iterator[bytes]]], *, name: str
) -> ArchiveContents:
    """Validate archive files that do not come from a zip (the attachments of an archival PDF)
    with exactly the rules of ``read_archive``.

    ``members`` are (member name, chunks of its content); they are streamed into a zip under a
    temporary name in the data folder (never held in memory), within the same limits, and
    read from there. ``discard(contents)`` removes that zip; a killed process leaves it to the
    next start's sweep.
    """
    home = paths.data_dir(create=True)
    temp: Path | None = None
    try:
        with fileio.temp_file(home, "archive.zip") as (fh, temp):
            total = 0
            count = 0
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
                for member, chunks in members:
                    count += 1
                    if count > limits.MAX_ARCHIVE_MEMBERS:
                        raise ArchiveError(_too_many(name))
                    cap = _member_cap(member)
                    size = 0
                    with zf.open(member, "w", force_zip64=True) as out:
                        for chunk in chunks:
                            size += len(chunk)
                            total += len(chunk)
                            if size > cap:
                                raise ArchiveError(_too_big(name, member, size, cap))
                            if total > limits.MAX_ARCHIVE_BYTES:
                                raise ArchiveError(_too_big_total(name))
                            out.write(chunk)
        return read_archive(temp, name=name).with_temporary()
    except BaseException as exc:
        if temp is not None:
            fileio.discard(temp)
        if disk_full_error(exc):
            raise ArchiveError(
                disk_full_message(f"{name} kan niet gelezen worden; er is niets geïmporteerd")
            ) from exc
        if isinstance(exc, OSError) and not isinstance(exc, ArchiveError):
            raise ArchiveError(f"{name}: kan niet gelezen worden ({exc.strerror})") from exc
        raise


def discard(contents: ArchiveContents) -> None:
    """Remove the temporary zip behind ``contents`` (made by ``read_archive_members``)."""
    if contents.temporary:
        fileio.discard(contents.path)


def _too_many(archive: str) -> str:
    return (
        f"{archive}: bevat meer dan {count_text(limits.MAX_ARCHIVE_MEMBERS)} bestanden; "
        "dat is geen portfolio-archief van stageportfolio"
    )


def _too_big(archive: str, member: str, size: int, cap: int) -> str:
    return (
        f"{archive}: {member} is te groot ({size_text(size)} uitgepakt; hoogstens "
        f"{size_text(cap)}); er is niets geïmporteerd"
    )


def _too_big_total(archive: str) -> str:
    return (
        f"{archive}: de bestanden zijn samen te groot (meer dan "
        f"{size_text(limits.MAX_ARCHIVE_BYTES)} uitgepakt); er is niets geïmporteerd"
    )


def _member_cap(member: str) -> int:
    if member == MANIFEST:
        return limits.MAX_MANIFEST_BYTES
    if member == PAYLOAD:
        return limits.MAX_PAYLOAD_BYTES
    if member.startswith(LISTS_PREFIX):
        return limits.MAX_LIST_FILE_BYTES
    return limits.MAX_EVIDENCE_BYTES


def _check_sizes(zf: zipfile.ZipFile, archive: str) -> None:
    """Refuse, before unpacking anything, members that are too big, too many or that unpack
    far more than packed data ever does (a zip bomb). ``zipfile`` never reads past the size a
    member declares, so these declared sizes bound every later read."""
    infos = zf.infolist()
    if len(infos) > limits.MAX_ARCHIVE_MEMBERS:
        raise ArchiveError(_too_many(archive))
    total = 0
    for info in infos:
        cap = _member_cap(info.filename)
        if info.file_size > cap:
            raise ArchiveError(_too_big(archive, info.filename, info.file_size, cap))
        total += info.file_size
        if total > limits.MAX_ARCHIVE_BYTES:
            raise ArchiveError(_too_big_total(archive))
        packed = max(info.compress_size, 1)
        if (
            info.compress_type != zipfile.ZIP_STORED
            and info.file_size >= limits.RATIO_FLOOR
            and info.file_size > packed * limits.MAX_COMPRESSION_RATIO
        ):
            raise ArchiveError(
                f"{archive}: {info.filename} pakt uit tot {size_text(info.file_size)} uit "
                f"{size_text(packed)} (meer dan {limits.MAX_COMPRESSION_RATIO} keer zo groot); "
                "zo sterk samengedrukte gegevens maakt stageportfolio nooit (een zip-bom?). "
                "Er is niets geïmporteerd."
            )


def _open_contents(contents: ArchiveContents) -> zipfile.ZipFile:
    return zipfile.ZipFile(contents.path)


def _read_json(zf: zipfile.ZipFile, member: str, archive: str) -> Any:
    data = zf.read(member)  # its size is within _member_cap (checked in _check_sizes)
    try:
        return load_json(data, f"{archive}: {member}", max_bytes=_member_cap(member))
    except JsonFileError as exc:
        raise ArchiveError(str(exc)) from exc


def _validate(zf: zipfile.ZipFile, path: Path, archive: str) -> ArchiveContents:
    members = zf.namelist()
    _unique(members, "bestand", archive)
    if MANIFEST not in members:
        hint = ""
        if "[Content_Types].xml" in members:
            hint = " (het lijkt een Office-document, zoals een Word- of Excel-bestand)"
        raise ArchiveError(
            f"{archive}: geen stageportfolio-archief: {MANIFEST} ontbreekt{hint}",
            f"{archive}: not a stageportfolio archive: {MANIFEST} is missing",
        )
    _check_sizes(zf, archive)
    raw = _read_json(zf, MANIFEST, archive)
    if not isinstance(raw, dict):
        raise ArchiveError(f"{archive}: {MANIFEST} is geen JSON-object")
    if raw.get("format") != FORMAT_NAME:
        raise ArchiveError(
            f"{archive}: geen stageportfolio-archief: {MANIFEST} meldt formaat "
            f"{raw.get('format')!r} in plaats van {FORMAT_NAME!r}"
        )
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveError(f"{archive}: {MANIFEST} heeft een ongeldige format_version {version!r}")
    if version > FORMAT_VERSION:
        raise ArchiveError(
            f"{archive}: dit archief (formaatversie {version}) is {NEWER} "
            f"(deze versie leest formaatversie {FORMAT_VERSION}).",
            f"{archive}: this archive (format version {version}) was {NEWER_EN} (this version "
            f"reads format version {FORMAT_VERSION}).",
        )
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as exc:
        raise ArchiveError(f"{archive}: {MANIFEST} is ongeldig: {_first_error(exc)}") from exc
    if manifest.schema_revision not in _known_revisions():
        raise ArchiveError(
            f"{archive}: de databankversie van dit archief ({manifest.schema_revision}) is "
            f"onbekend; het archief is {NEWER}.",
            f"{archive}: the database version of this archive ({manifest.schema_revision}) is "
            f"unknown; the archive was {NEWER_EN}.",
        )
    listed = set(manifest.files)
    if PAYLOAD not in listed:
        raise ArchiveError(f"{archive}: {MANIFEST} vermeldt {PAYLOAD} niet")
    list_members = {m for m in listed if version >= 2 and LIST_MEMBER.fullmatch(m)}
    for member in listed - list_members:
        if member != PAYLOAD and not (
            member.startswith(EVIDENCE_PREFIX)
            and STORED_NAME.match(member.removeprefix(EVIDENCE_PREFIX))
        ):
            raise ArchiveError(
                f"{archive}: {MANIFEST} vermeldt een ongeldige bestandsnaam {member!r}"
            )
    extra = sorted(set(members) - listed - {MANIFEST})
    extra = [m for m in extra if not m.endswith("/")]
    if extra:
        raise ArchiveError(
            f"{archive}: bevat een bestand dat niet in {MANIFEST} staat: {extra[0]}",
            f"{archive}: holds a file that {MANIFEST} does not list: {extra[0]}",
        )
    missing = sorted(listed - set(members))
    if missing:
        raise ArchiveError(
            f"{archive}: het bestand {missing[0]} ontbreekt in het archief",
            f"{archive}: the file {missing[0]} is missing from the archive",
        )
    sizes: dict[str, int] = {}
    for member in sorted(listed):
        sha256, size = _hash_member(zf, member)
        if sha256 != manifest.files[member]:
            raise ArchiveError(
                f"{archive}: {member} is gewijzigd of beschadigd (de controlesom klopt niet "
                f"met {MANIFEST})",
                f"{archive}: {member} was changed or is damaged (its checksum does not match "
                f"{MANIFEST})",
            )
        sizes[member] = size
    raw_payload = _read_json(zf, PAYLOAD, archive)
    try:
        payload = ArchivePayload.model_validate(raw_payload)
    except ValidationError as exc:
        raise ArchiveError(f"{archive}: {PAYLOAD} is ongeldig: {_first_error(exc)}") from exc
    where = f"{archive}: {PAYLOAD}"
    if payload.portfolio.id != manifest.portfolio_id:
        raise ArchiveError(f"{where}: het portfolio-id verschilt van dat in {MANIFEST}")
    _check_references(payload, where)
    evidence_members = {EVIDENCE_PREFIX + row.stored_name for row in payload.evidence}
    for row in payload.evidence:
        member = EVIDENCE_PREFIX + row.stored_name
        label = f"bewijsstuk {row.original_name!r} ({member})"
        if member not in listed:
            raise ArchiveError(f"{archive}: {label} ontbreekt in het archief")
        if manifest.files[member] != row.sha256 or sizes[member] != row.size:
            raise ArchiveError(
                f"{archive}: {label} is gewijzigd sinds het werd toegevoegd (controlesom of "
                "grootte klopt niet)"
            )
    unused = sorted(listed - evidence_members - list_members - {PAYLOAD})
    if unused:
        raise ArchiveError(f"{archive}: {unused[0]} hoort bij geen enkel bewijsstuk")
    # A list member's size is within _member_cap (checked in _check_sizes).
    lists = {member: zf.read(member) for member in sorted(list_members)}
    return ArchiveContents(path=path, manifest=manifest, payload=payload, name=archive, lists=lists)


# --- import -------------------------------------------------------------------------------


def _refuse_existing(session: Session) -> None:
    if queries.find_portfolio(session) is not None:
        raise ArchiveError(
            f"Er is al een portfolio in {paths.data_dir()}; er is niets geïmporteerd. Wis het "
            "eerst met 'stageportfolio erase --yes' (maak eventueel eerst een archief met "
            "'stageportfolio export --out BESTAND.zip') of kies een andere map met "
            "STAGEPORTFOLIO_HOME."
        )


def _free_space(folder: Path, needed: int, archive: str) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if needed + limits.DISK_MARGIN > free:
        raise ArchiveError(
            disk_full_message(
                f"de bewijsstukken uit {archive} ({size_text(needed)}) passen niet in {folder} "
                f"(nog {size_text(free)} vrij); er is niets geïmporteerd"
            )
        )


def import_archive(engine: Engine, contents: ArchiveContents) -> ImportSummary:
    """Import a validated archive into an empty data folder, all or nothing, files included.

    The evidence files are unpacked under temporary names and checked (SHA-256 and size);
    then, holding the database's write lock, they are moved to their names and the rows are
    inserted and committed. Killed before the commit, the files in place are noted as
    *placed* in this process's journal, and the next start removes those no row refers to
    (``fileio.sweep``); killed after it, everything is there.
    """
    payload = contents.payload
    archive = contents.name or contents.path.name
    with session_scope(engine) as session:
        _refuse_existing(session)
    try:
        folder = evidence_dir(create=True)
    except StoreError as exc:
        raise ArchiveError(str(exc)) from exc
    _free_space(folder, sum(row.size for row in payload.evidence), archive)
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        try:
            with _open_contents(contents) as zf:
                for row in payload.evidence:
                    member = EVIDENCE_PREFIX + row.stored_name
                    with zf.open(member) as src:
                        temp, sha256, size = copy_to_temp(
                            src, folder, row.stored_name, limit=row.size
                        )
                    staged.append((temp, folder / row.stored_name))
                    if sha256 != row.sha256 or size != row.size:
                        raise ArchiveError(
                            f"{archive}: bewijsstuk {row.original_name!r} ({member}) "
                            "is gewijzigd sinds het archief werd gecontroleerd"
                        )
        except (OSError, zipfile.BadZipFile, zlib.error, KeyError) as exc:
            if disk_full_error(exc):
                raise ArchiveError(
                    disk_full_message(
                        f"de bewijsstukken uit {archive} passen niet in {folder}; "
                        "er is niets geïmporteerd"
                    )
                ) from exc
            raise ArchiveError(
                f"{archive}: kan de bewijsstukken niet uitpakken naar {folder} ({exc})"
            ) from exc
        with session_scope(engine, write=True) as session:
            _refuse_existing(session)  # again: another import may have won the race
            try:
                for temp, final in staged:
                    fileio.note_placed(final)
                    os.replace(temp, final)
                    fileio.done_with(temp)
                    placed.append(final)
                fileio.fsync_dir(folder)
                _insert_rows(session, payload)
            except BaseException:
                # Still holding the write lock: nobody else can have placed these names.
                for final in placed:
                    final.unlink(missing_ok=True)
                placed.clear()
                raise
    except BaseException as exc:
        for temp, _ in staged:
            fileio.discard(temp)
        if placed:  # the commit itself failed: keep only files a committed row refers to
            remove_unreferenced_evidence(engine, placed)
        if isinstance(exc, OSError) and disk_full_error(exc):
            raise ArchiveError(
                disk_full_message(f"{archive} is niet geïmporteerd (er is niets veranderd)")
            ) from exc
        if isinstance(exc, IntegrityError):  # a row the schema check let through
            raise ArchiveError(
                f"{archive}: {PAYLOAD} bevat gegevens die de databank weigert ({exc.orig}); "
                "er is niets geïmporteerd"
            ) from exc
        raise
    return ImportSummary(portfolio_name=payload.portfolio.name, counts=contents.counts)


def _insert_rows(session: Session, payload: ArchivePayload) -> None:
    session.execute(insert(Portfolio), [payload.portfolio.model_dump()])
    for key, (model, _) in TABLES.items():
        rows = [_importable(key, row.model_dump()) for row in getattr(payload, key)]
        if rows:
            session.execute(insert(model), rows)


def load_rows(engine: Engine, payload: ArchivePayload) -> None:
    """Put a validated payload's rows (no evidence files) in an empty scratch database, to
    look at a received portfolio with the app's own code without importing it anywhere."""
    with session_scope(engine, write=True) as session:
        _refuse_existing(session)
        _insert_rows(session, payload)


def _importable(key: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row as it goes into the database: never a sealed key from elsewhere. (A signature
    without a ``method``, from before schema 0003, is read as an Ed25519 key's.)"""
    if key == "mentors":
        row["sealed_key"] = None
    return row


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows per table in the whole database (for checks that an import changed nothing)."""
    out: dict[str, int] = {}
    with session_scope(engine) as session:
        for model in (Portfolio, *(model for model, _ in TABLES.values())):
            table: Any = model.__table__  # type: ignore[attr-defined]
            out[table.name] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return out
