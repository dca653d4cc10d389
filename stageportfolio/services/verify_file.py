"""``stageportfolio verify``: what a receiver can rely on in a portfolio PDF, an archive, or the
local portfolio, against the school keys the receiver trusts (docs/signing.md).

Nothing is imported. For a PDF the embedded archive is validated like ``import`` does, every
sign-off is checked (``core.trust``), and the pages are compared with pages rendered again from
the embedded data by this app: a page edited after export (text, fonts, an annotation laid
over it) does not match. The verdict "trusted" needs a valid signature whose key a school
vouched for with a key the receiver named (``--trust``); nothing in the file can add one.
"""

from __future__ import annotations

import dataclasses
import functools
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from stageportfolio import fileio, paths
from stageportfolio.core import clock, signing
from stageportfolio.core.catalog import UnknownListError
from stageportfolio.core.jsonread import JsonFileError, JsonSyntaxError, load_json
from stageportfolio.core.limits import MAX_JSON_FILE_BYTES
from stageportfolio.core.trust import AnchorError, TrustAnchor, anchor_from_fingerprint
from stageportfolio.core.trust import anchor_from_key_file as _anchor_from_key_file
from stageportfolio.services import checks as checking
from stageportfolio.services.catalog_cache import load_catalog_cached

__all__ = [
    "AnchorError",
    "FileReport",
    "Received",
    "VerifyError",
    "read_anchors",
    "read_received",
    "verify_file",
]


class VerifyError(Exception):
    """The file cannot be checked at all (bad input); the message is Dutch, ``en`` its English
    form where there is one."""

    def __init__(self, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.en = en


@dataclass(frozen=True)
class FileReport:
    source: str  # the file, or the data folder
    kind: str  # "pdf", "archive" or "portfolio"
    learner: str
    portfolio_id: str
    list_id: str
    list_version: int
    anchors: tuple[TrustAnchor, ...]
    signoffs: tuple[Any, ...]  # services.signoffs.Verification
    logged_minutes: int
    confirmed_minutes: int  # valid approvals, whoever's key
    trusted_minutes: int  # valid approvals whose key the receiver's anchors vouch for
    pages_match: bool | None  # None: not a PDF
    problems: tuple[str, ...] = field(default_factory=tuple)  # about the file as a whole
    unusable_cards: tuple[str, ...] = ()
    # The PDF's document seal (PAdES): intact, changed (after export), invalid, missing; None
    # for an archive. Integrity since export only: the key is the portfolio's own.
    seal: Any = None  # report.pades.SealStatus
    # The school seal (PAdES, services.school_seal.SchoolSealStatus) of a PDF; None for an
    # archive. Trusted when a school key the receiver named vouched for its key.
    school_seal: Any = None

    @property
    def portfolio_fingerprint(self) -> str:
        return signing.portfolio_fingerprint(self.portfolio_id)

    @property
    def ok(self) -> bool:
        """Exit 0: nothing wrong with the file, every sign-off valid and trusted."""
        if self.problems or any(v.problem for v in self.signoffs):
            return False
        sealed = self.school_seal is not None and self.school_seal.state != "missing"
        if sealed and not self.school_seal.ok:
            return False  # a school seal that is changed or not by a school trusted here
        signed = [v for v in self.signoffs if v.status != "history"]
        return not signed or (bool(self.anchors) and all(v.trusted for v in signed))


def read_anchors(values: Sequence[str]) -> list[TrustAnchor]:
    """``--trust`` values: a school key file (``SCHOOL.pub``) or a fingerprint of >= 16 hex
    digits. Raises AnchorError (Dutch) for anything else."""
    anchors = []
    for value in values:
        path = Path(value)
        if path.is_file():
            try:  # bounded in size and nesting (core.jsonread)
                data = load_json(path.read_bytes(), str(path), max_bytes=MAX_JSON_FILE_BYTES)
            except OSError as exc:
                raise AnchorError(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc
            except JsonSyntaxError as exc:
                raise AnchorError(f"{path}: geen schoolsleutel (geen JSON)") from exc
            except JsonFileError as exc:
                raise AnchorError(f"{exc}; dit is geen schoolsleutel") from exc
            anchors.append(_anchor_from_key_file(data, str(path)))
        else:
            anchors.append(anchor_from_fingerprint(value))
    return anchors


def _scratch_service(payload: Any) -> tuple[Any, Path]:
    """The payload's rows in a throw-away database, opened with the app's own service."""
    from stageportfolio.services.portfolio import PortfolioService
    from stageportfolio.store import queries
    from stageportfolio.store.archive import load_rows
    from stageportfolio.store.db import open_database, session_scope

    # A temporary folder the next start removes if this process is killed (fileio).
    folder = fileio.temp_path(Path(tempfile.gettempdir()), "verify")
    folder.mkdir(mode=0o700)
    engine = open_database(folder / "scratch.sqlite3")
    load_rows(engine, payload)
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
    catalog = load_catalog_cached(paths.user_lists_dir())
    return PortfolioService(engine, catalog, info), folder


def _pages_problems(pdf: Path, payload: Any, files: dict[str, bytes]) -> list[str]:
    """Empty when every page is what this app renders from the embedded data (``files``, the
    embedded archive: the evidence list links to them), in the PDF's language."""
    from stageportfolio.report.pdf import render_pdf
    from stageportfolio.report.pdfa import (
        creation_date,
        document_language,
        document_subject,
        page_digests,
    )
    from stageportfolio.services.pdf_export import SUBJECTS, Variant, archival, pdf_language
    from stageportfolio.services.snapshot import build_snapshot

    wanted = page_digests(pdf, strict=True)
    lang = pdf_language(document_language(pdf))
    subject = document_subject(pdf)
    variants: tuple[Variant, ...] = ("stage", "evc")
    variant = next((v for v in variants if SUBJECTS.get(v) == subject), None)
    created = creation_date(pdf)
    if variant is None or created is None:
        return ["de documentgegevens (onderwerp of aanmaakdatum) zijn gewijzigd"]
    try:
        service, folder = _scratch_service(payload)
    except UnknownListError as exc:
        return [
            f"de pagina's zijn niet nagekeken: de lijst {payload.portfolio.list_id} versie "
            f"{payload.portfolio.list_version} is niet beschikbaar in deze app ({exc})"
        ]
    try:
        best: list[str] | None = None
        # The printed date is the exporter's local date of the creation time (the start of
        # that day): here first, then the days around it for an exporter in another zone.
        local = clock.local_day(created)
        days = dict.fromkeys(
            [local, created.date(), local + timedelta(days=1), local - timedelta(days=1)]
        )
        for day in days:
            snapshot = build_snapshot(service, today=day, lang=lang)
            rendered = render_pdf(snapshot, variant=variant)
            again = archival(rendered, service, variant, created, files, lang=lang)
            mine = page_digests(again)
            if mine == wanted:
                return []
            if best is None:
                best = mine
    finally:
        service.engine.dispose()
        fileio.discard(folder)
    assert best is not None
    if len(best) != len(wanted):
        return [
            f"de PDF heeft {len(wanted)} pagina's; de ingesloten gegevens geven er {len(best)} "
            "(pagina's toegevoegd, weggelaten, of gemaakt met een andere versie van "
            "stageportfolio)"
        ]
    differ = [str(n) for n, (a, b) in enumerate(zip(best, wanted, strict=True), 1) if a != b]
    return [
        f"pagina {', '.join(differ)} {'komt' if len(differ) == 1 else 'komen'} niet overeen met "
        "de ingesloten gegevens (gewijzigd na het maken, of gemaakt met een andere versie van "
        "stageportfolio)"
    ]


def _report(
    source: str,
    kind: str,
    loaded: checking.Loaded,
    labels: Any,
    anchors: Sequence[TrustAnchor],
    pages_match: bool | None,
    problems: Sequence[str],
    list_id: str,
    list_version: int,
) -> FileReport:
    checks = loaded.check(list(anchors) or None)
    facts = checking.hour_totals(loaded.check(), loaded.hours)
    trusted = checking.hour_totals(checks, loaded.hours) if anchors else None
    return FileReport(
        source=source,
        kind=kind,
        learner=loaded.learner,
        portfolio_id=loaded.portfolio_id,
        list_id=list_id,
        list_version=list_version,
        anchors=tuple(anchors),
        signoffs=tuple(labels.verifications(checks, loaded)),
        logged_minutes=facts.logged,
        confirmed_minutes=facts.confirmed,
        trusted_minutes=trusted.confirmed if trusted else 0,
        pages_match=pages_match,
        problems=tuple(problems),
        unusable_cards=tuple(loaded.cards.unusable),
    )


def _labels(payload: Any) -> Any:
    """Item labels for a received file, from the receiver's own copy of the list."""
    from stageportfolio.services.signoffs import Labeller

    catalog = load_catalog_cached(paths.user_lists_dir())
    try:
        alist = catalog.get(payload.portfolio.list_id, payload.portfolio.list_version)
    except UnknownListError:
        alist = None
    return Labeller.for_list(alist, catalog.contexts)


@dataclass(frozen=True)
class Received:
    """A portfolio PDF or archive as received, validated like ``import`` does; for a PDF also
    compared page by page with what this app renders from the embedded data."""

    path: Path
    kind: str  # "pdf" or "archive"
    contents: Any  # store.archive.ArchiveContents (a PDF's temporary zip already removed)
    pages_match: bool | None  # None: not a PDF
    problems: tuple[str, ...]  # about the pages and the document seal
    seal: Any = None  # report.pades.SealStatus of a PDF; None for an archive

    @functools.cached_property
    def data(self) -> bytes:
        """The file as received, read only by a caller that keeps it (school mode stores it);
        its size was bounded by the checks (``core.limits``) before."""
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise VerifyError(f"{self.path}: kan niet gelezen worden ({exc.strerror})") from exc


def read_received(path: Path) -> Received:
    """Read and validate a received portfolio PDF or archive. Raises VerifyError for a file
    that is not one (not found, truncated, damaged, not made by stageportfolio).

    Nothing is read whole: a PDF's own attachments are streamed within the limits of
    ``core.limits`` (others are never read) and its pages are read as pikepdf needs them."""
    from stageportfolio.services.pdf_export import read_pdf_archive
    from stageportfolio.store.archive import ArchiveError, discard, read_archive

    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except FileNotFoundError as exc:
        raise VerifyError(f"{path}: bestand niet gevonden", f"{path}: file not found") from exc
    except IsADirectoryError as exc:
        raise VerifyError(
            f"{path}: is een map, geen bestand", f"{path}: is a folder, not a file"
        ) from exc
    except OSError as exc:
        raise VerifyError(
            f"{path}: kan niet gelezen worden ({exc.strerror})",
            f"{path}: cannot be read ({exc.strerror})",
        ) from exc
    name = path.name
    pages_match: bool | None = None
    seal: Any = None
    problems: list[str] = []
    try:
        if head == b"%PDF-":
            kind = "pdf"
            contents = read_pdf_archive(path, name=name, strict=True)
            try:
                problems = _pages_problems(path, contents.payload, _archive_files(contents))
            finally:
                discard(contents)
            pages_match = not problems
            seal = _seal(path)
            if seal.state in ("changed", "invalid"):
                problems.append(f"documentzegel: {seal.detail}")
        else:
            kind = "archive"
            contents = read_archive(path)
    except ArchiveError as exc:
        raise VerifyError(str(exc), exc.en) from exc
    return Received(path, kind, contents, pages_match, tuple(problems), seal)


def received_from_bytes(data: bytes, name: str) -> Received:
    """:func:`read_received` for a PDF the caller already holds in memory (school mode seals
    the PDF it kept; ``name`` for the messages). The bytes go through the same streamed reading
    from a private temporary file, so every limit applies; the result's ``path`` is ``name``."""
    import tempfile

    if not data.startswith(b"%PDF-"):
        raise VerifyError(f"{name}: geen PDF")
    with tempfile.TemporaryDirectory(prefix="stageportfolio-received-") as tmp:
        path = Path(tmp) / (Path(name).name or "portfolio.pdf")
        path.write_bytes(data)
        received = read_received(path)
    return dataclasses.replace(received, path=Path(name))


def verify_file(path: Path, anchors: Sequence[TrustAnchor]) -> FileReport:
    """Check a portfolio PDF or archive as received. Raises VerifyError for a file that is not
    one (not found, truncated, damaged, not made by stageportfolio)."""
    received = read_received(path)
    payload = received.contents.payload
    loaded = checking.load_payload(payload)
    report = _report(
        str(path), received.kind, loaded, _labels(payload), anchors, received.pages_match,
        received.problems, payload.portfolio.list_id, payload.portfolio.list_version,
    )  # fmt: skip
    if received.kind != "pdf":
        return report
    from stageportfolio.services.school_seal import school_seal_status

    try:  # read from the file as pyHanko needs it, like the document seal (not whole)
        with received.path.open("rb") as fh:
            school_seal = school_seal_status(fh, tuple(anchors))
    except OSError as exc:
        raise VerifyError(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc
    problems = list(report.problems)
    if school_seal.state in ("changed", "invalid"):
        problems.append(f"schoolzegel: {school_seal.detail}")
    return dataclasses.replace(
        report, seal=received.seal, school_seal=school_seal, problems=tuple(problems)
    )


def _archive_files(contents: Any) -> dict[str, bytes]:
    """The members of a PDF's embedded archive, from the temporary zip it was streamed into
    (already checked against ``core.limits``): making the pages again needs them, because the
    evidence list links to each embedded file by its name."""
    import zipfile

    from stageportfolio.store.archive import ArchiveError

    try:
        with zipfile.ZipFile(contents.path) as archive:
            return {
                info.filename: archive.read(info)
                for info in archive.infolist()
                if not info.is_dir()
            }
    except (OSError, zipfile.BadZipFile) as exc:
        raise ArchiveError(
            f"{contents.name}: de ingesloten gegevens zijn niet leesbaar ({exc})"
        ) from exc


def _seal(path: Path) -> Any:
    """The document seal of a received PDF, read from the file as pyHanko needs it (not
    whole), with pyHanko's own logging kept quiet (its tracebacks about a self-made
    certificate are expected: the seal's key is the portfolio's)."""
    from stageportfolio.report.pades import quiet_logs, seal_status

    try:
        with quiet_logs(), path.open("rb") as fh:
            return seal_status(fh)
    except OSError as exc:
        raise VerifyError(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc


def verify_local(service: Any, anchors: Sequence[TrustAnchor]) -> FileReport:
    """The portfolio of this data folder, with the same rules (its own data is the pupil's
    claim like any file: only ``anchors`` make anything trusted)."""
    from stageportfolio.services.signoffs import SignOffService
    from stageportfolio.store.db import session_scope

    with session_scope(service.engine) as session:
        loaded = checking.load(session, service.info.id)
    return _report(
        str(paths.data_dir()), "portfolio", loaded, SignOffService(service).labels, anchors,
        None, [],
        service.info.list_id, service.info.list_version,
    )  # fmt: skip
