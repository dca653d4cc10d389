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
import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from stageportfolio import paths
from stageportfolio.core import signing
from stageportfolio.core.catalog import UnknownListError, load_catalog
from stageportfolio.core.trust import AnchorError, TrustAnchor, anchor_from_fingerprint
from stageportfolio.core.trust import anchor_from_key_file as _anchor_from_key_file
from stageportfolio.services import checks as checking

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
    """The file cannot be checked at all (bad input); the message is Dutch."""


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

    @property
    def portfolio_fingerprint(self) -> str:
        return signing.portfolio_fingerprint(self.portfolio_id)

    @property
    def ok(self) -> bool:
        """Exit 0: nothing wrong with the file, every sign-off valid and trusted."""
        if self.problems or any(v.problem for v in self.signoffs):
            return False
        signed = [v for v in self.signoffs if v.status != "history"]
        return not signed or (bool(self.anchors) and all(v.trusted for v in signed))


def read_anchors(values: Sequence[str]) -> list[TrustAnchor]:
    """``--trust`` values: a school key file (``SCHOOL.pub``) or a fingerprint of >= 16 hex
    digits. Raises AnchorError (Dutch) for anything else."""
    anchors = []
    for value in values:
        path = Path(value)
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise AnchorError(f"{path}: geen schoolsleutel (geen JSON)") from exc
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

    folder = Path(tempfile.mkdtemp(prefix="stageportfolio-verify-"))
    engine = open_database(folder / "scratch.sqlite3")
    load_rows(engine, payload)
    with session_scope(engine) as session:
        info = queries.current_portfolio(session)
    catalog = load_catalog(paths.user_lists_dir())
    return PortfolioService(engine, catalog, info), folder


def _pages_problems(pdf: bytes, payload: Any) -> list[str]:
    """Empty when every page is what this app renders from the embedded data."""
    from stageportfolio.report.pdf import render_pdf
    from stageportfolio.report.pdfa import creation_date, document_subject, page_digests
    from stageportfolio.services.pdf_export import SUBJECTS, Variant, archival
    from stageportfolio.services.snapshot import build_snapshot

    wanted = page_digests(pdf, strict=True)
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
        # The printed date is the exporter's local date of the creation time.
        for shift in (0, 1, -1):
            day = (created + timedelta(days=shift)).date()
            rendered = render_pdf(build_snapshot(service, today=day), variant=variant)
            again = archival(rendered, service, variant, created)
            mine = page_digests(again)
            if mine == wanted:
                return []
            if best is None:
                best = mine
    finally:
        service.engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)
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

    catalog = load_catalog(paths.user_lists_dir())
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
    data: bytes  # the file as read
    kind: str  # "pdf" or "archive"
    contents: Any  # store.archive.ArchiveContents
    pages_match: bool | None  # None: not a PDF
    problems: tuple[str, ...]  # about the pages and the document seal
    seal: Any = None  # report.pades.SealStatus of a PDF; None for an archive


def read_received(path: Path) -> Received:
    """Read and validate a received portfolio PDF or archive. Raises VerifyError for a file
    that is not one (not found, truncated, damaged, not made by stageportfolio)."""
    from stageportfolio.report.pdfa import NotAPdfError, read_attachments
    from stageportfolio.services.pdf_export import PREFIX
    from stageportfolio.store.archive import ArchiveError, read_archive, read_archive_payload

    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise VerifyError(f"{path}: bestand niet gevonden") from exc
    except IsADirectoryError as exc:
        raise VerifyError(f"{path}: is een map, geen bestand") from exc
    except OSError as exc:
        raise VerifyError(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc
    name = path.name
    pages_match: bool | None = None
    seal: Any = None
    problems: list[str] = []
    try:
        if data.startswith(b"%PDF-"):
            kind = "pdf"
            try:
                attachments = read_attachments(data, strict=True)
            except NotAPdfError as exc:
                raise VerifyError(
                    f"{name}: de PDF is beschadigd of onvolledig en kan niet nagekeken worden "
                    f"({exc})"
                ) from exc
            files = {
                member.removeprefix(PREFIX): content
                for member, content in attachments.items()
                if member.startswith(PREFIX)
            }
            if not files:
                raise VerifyError(f"{name}: deze PDF bevat geen stageportfolio-gegevens")
            contents = read_archive_payload(files, name=name)
            problems = _pages_problems(data, contents.payload)
            pages_match = not problems
            seal = _seal(data)
            if seal.state in ("changed", "invalid"):
                problems.append(f"documentzegel: {seal.detail}")
        else:
            kind = "archive"
            contents = read_archive(path)
    except ArchiveError as exc:
        raise VerifyError(str(exc)) from exc
    return Received(path, data, kind, contents, pages_match, tuple(problems), seal)


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
    return dataclasses.replace(report, seal=received.seal) if received.kind == "pdf" else report


def _seal(data: bytes) -> Any:
    """The document seal of a received PDF, with pyHanko's own logging kept quiet (its
    tracebacks about a self-made certificate are expected: the seal's key is the portfolio's)."""
    import logging

    from stageportfolio.report.pades import seal_status

    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        return seal_status(data)
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


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
