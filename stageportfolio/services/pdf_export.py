"""The portfolio as one archival PDF (PDF/A-3b) that carries the whole portfolio archive.

Application wiring between ``store`` and ``report``: the snapshot is rendered by
``report.pdf``, made archival by ``report.pdfa``, and the portfolio archive (the same files
``stageportfolio export`` zips: ``manifest.json``, ``portfolio.json`` and every evidence file)
is embedded in it as associated files under ``stageportfolio/``. Importing such a PDF goes
through exactly the validation and import of the zip archive (``store.archive``).
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Literal

from stageportfolio.core import clock
from stageportfolio.report.pdfa import MIME_TYPE, NotAPdfError, make_archival, read_attachments
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.store.archive import (
    EVIDENCE_PREFIX,
    LISTS_PREFIX,
    MANIFEST,
    PAYLOAD,
    ArchiveContents,
    ArchiveError,
    archive_payload,
    read_archive_payload,
)

Variant = Literal["stage", "evc"]
PREFIX = "stageportfolio/"  # attachments of the archive are named stageportfolio/<member>
SUBJECTS: dict[str, str] = {"stage": "Stageportfolio (stage)", "evc": "EVC-portfolio"}
OCTET_STREAM = "application/octet-stream"


def _media_types(files: Mapping[str, bytes]) -> dict[str, str]:
    """MIME type per archive member: JSON, or the evidence row's media type."""
    types = {MANIFEST: "application/json", PAYLOAD: "application/json"}
    types |= {member: "application/toml" for member in files if member.startswith(LISTS_PREFIX)}
    payload = json.loads(files[PAYLOAD].decode("utf-8"))
    for row in payload.get("evidence", []):
        types[EVIDENCE_PREFIX + row["stored_name"]] = str(row.get("media_type") or "")
    for member in files:
        mime = types.get(member) or mimetypes.guess_type(member)[0] or OCTET_STREAM
        types[member] = mime if MIME_TYPE.fullmatch(mime) else OCTET_STREAM
    return types


def archive_attachments(files: Mapping[str, bytes]) -> dict[str, tuple[bytes, str]]:
    """The archive's members as PDF attachments: ``stageportfolio/<member>`` -> (data, MIME)."""
    types = _media_types(files)
    return {PREFIX + member: (data, types[member]) for member, data in files.items()}


def portfolio_pdf(
    service: PortfolioService,
    *,
    variant: Variant = "stage",
    progress: Callable[..., Any] | None = None,
    today: date | None = None,
    created: datetime | None = None,
    seal: bool = True,
) -> bytes:
    """The printable portfolio as PDF/A-3b with the whole portfolio archive embedded, sealed
    with the portfolio's document key (PAdES, ``services.pdf_seal``) unless ``seal`` is off.

    Raises ``ArchiveError`` (Dutch) when the archive cannot be made, e.g. an evidence file
    that is missing or changed since it was added.
    """
    from stageportfolio.report.pdf import render_pdf
    from stageportfolio.services.snapshot import build_snapshot

    if variant not in SUBJECTS:
        raise ValueError(f"unknown variant {variant!r}")
    from stageportfolio.services.lists import portfolio_list_files

    lists = portfolio_list_files(service.catalog, service.info.list_id, service.info.list_version)
    # First: refuse early if evidence is broken.
    files = archive_payload(service.engine, lists=lists)
    rendered = render_pdf(build_snapshot(service, today=today), variant=variant, progress=progress)
    pdf = archival(rendered, service, variant, created or clock.now(), archive_attachments(files))
    if not seal:
        return pdf
    from stageportfolio.services.pdf_seal import seal_portfolio_pdf

    return seal_portfolio_pdf(pdf, portfolio_id=service.info.id, learner=service.info.name)


def archival(
    rendered: bytes,
    service: PortfolioService,
    variant: Variant,
    created: datetime,
    attachments: Mapping[str, tuple[bytes, str]] | None = None,
) -> bytes:
    """The rendered pages as the portfolio's PDF/A-3b: its metadata, and the archive attached.
    ``verify`` makes the same pages again through here, without the attachments."""
    info = service.info
    programme = info.programme or service.alist.spec.title
    return make_archival(
        rendered,
        title=f"Portfolio {info.name} – {programme}",
        author=info.name,
        subject=SUBJECTS[variant],
        lang="nl-BE",
        attachments=attachments,
        relationship="Source",
        created=created,
    )


def is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-")


def read_pdf_archive(pdf: bytes, *, name: str) -> ArchiveContents:
    """Validate the portfolio archive inside a portfolio PDF, as ``read_archive`` does a zip.

    ``name`` is the file name, for the messages. Raises ``ArchiveError`` (Dutch).
    """
    if not is_pdf(pdf):
        raise ArchiveError(f"{name}: geen PDF-bestand")
    try:
        attachments = read_attachments(pdf)
    except NotAPdfError as exc:
        raise ArchiveError(
            f"{name}: de PDF is beschadigd of beveiligd en kan niet gelezen worden"
        ) from exc
    files = {
        member.removeprefix(PREFIX): data
        for member, data in attachments.items()
        if member.startswith(PREFIX)
    }
    if not files:
        raise ArchiveError(
            f"{name}: Deze PDF bevat geen stageportfolio-gegevens. Alleen een portfolio-PDF die "
            "met stageportfolio gemaakt is (met 'stageportfolio export-pdf' of vanuit de app), "
            "bevat het hele portfolio."
        )
    return read_archive_payload(files, name=name)
