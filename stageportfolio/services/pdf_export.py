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
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from stageportfolio.core import clock
from stageportfolio.core.limits import (
    MAX_EVIDENCE_BYTES,
    MAX_LIST_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_PAYLOAD_BYTES,
    MAX_PDF_BYTES,
    size_text,
)
from stageportfolio.report.pdfa import MIME_TYPE, NotAPdfError, iter_attachments, make_archival
from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.store.archive import (
    EVIDENCE_PREFIX,
    LISTS_PREFIX,
    MANIFEST,
    PAYLOAD,
    ArchiveContents,
    ArchiveError,
    archive_payload,
    read_archive_members,
)

Variant = Literal["stage", "evc"]
PREFIX = "stageportfolio/"  # attachments of the archive are named stageportfolio/<member>
SUBJECTS: dict[str, str] = {"stage": "Stageportfolio (stage)", "evc": "EVC-portfolio"}
PDF_LANGUAGES = {"nl": "nl-BE", "en": "en"}  # the document's /Lang
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
    lang: str = "nl",
    seal: bool = True,
) -> bytes:
    """The printable portfolio as PDF/A-3b with the whole portfolio archive embedded, in
    ``lang`` ("nl" or "en"), sealed with the portfolio's document key (PAdES,
    ``services.pdf_seal``) unless ``seal`` is off.

    The same data on the same day give the same bytes: the document's, the embedded
    archive's and the seal's time stamp is the start of the printed day (``created``
    overrides it).

    Raises ``ArchiveError`` (Dutch) when the archive cannot be made, e.g. an evidence file
    that is missing or changed since it was added.
    """
    from stageportfolio.report.pdf import render_pdf
    from stageportfolio.services.snapshot import build_snapshot

    if variant not in SUBJECTS:
        raise ValueError(f"unknown variant {variant!r}")
    from stageportfolio.services.lists import portfolio_list_files

    today = today or clock.today()
    created = created or clock.start_of_day(today)
    lists = portfolio_list_files(service.catalog, service.info.list_id, service.info.list_version)
    # First: refuse early if evidence is broken.
    files = archive_payload(service.engine, lists=lists, created=created)
    snapshot = build_snapshot(service, today=today, lang=lang)
    rendered = render_pdf(snapshot, variant=variant, progress=progress)
    pdf = archival(rendered, service, variant, created, files, lang=snapshot.lang)
    if not seal:
        return pdf
    from stageportfolio.services.pdf_seal import seal_portfolio_pdf

    return seal_portfolio_pdf(
        pdf, portfolio_id=service.info.id, learner=service.info.name, signed_at=created
    )


def archival(
    rendered: bytes,
    service: PortfolioService,
    variant: Variant,
    created: datetime,
    files: Mapping[str, bytes] | None = None,
    *,
    lang: str = "nl",
) -> bytes:
    """The rendered pages as the portfolio's PDF/A-3b: its metadata, the archive's ``files``
    attached (evidence under its original file name, linked from the evidence list).
    ``verify`` makes the same pages again through here."""
    from stageportfolio.report.pdf import ATTACHMENT_LINK

    info = service.info
    programme = info.programme or service.alist.spec.title
    return make_archival(
        rendered,
        title=f"Portfolio {info.name} – {programme}",
        author=info.name,
        subject=SUBJECTS[variant],
        lang=PDF_LANGUAGES.get(lang, "nl-BE"),
        attachments=archive_attachments(files) if files else None,
        relationship="Source",
        created=created,
        file_names=evidence_names(files) if files else None,
        link_prefix=ATTACHMENT_LINK,
    )


def evidence_names(files: Mapping[str, bytes]) -> dict[str, str]:
    """The attachment of each evidence file -> the name the student gave the file."""
    payload = json.loads(files[PAYLOAD].decode("utf-8"))
    return {
        PREFIX + EVIDENCE_PREFIX + str(row["stored_name"]): str(row["original_name"])
        for row in payload.get("evidence", [])
        if row.get("original_name")
    }


def pdf_language(lang_tag: str) -> str:
    """The app's language ("nl" or "en") of a PDF's ``/Lang``."""
    return "en" if lang_tag.lower().startswith("en") else "nl"


def is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-")


def read_pdf_archive(
    path: Path, *, name: str | None = None, strict: bool = False
) -> ArchiveContents:
    """Validate the portfolio archive inside a portfolio PDF, as ``read_archive`` does a zip.

    Only the attachments under ``stageportfolio/`` are read, each streamed (never whole) into
    a temporary zip within the limits of ``core.limits``; other attachments are skipped
    without reading them. With ``strict`` (a receiver's ``verify``) a damaged or truncated PDF
    is refused rather than repaired. Raises ``ArchiveError`` (Dutch). The caller removes the
    temporary zip with ``store.archive.discard`` when done.
    """
    name = name or path.name
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except FileNotFoundError as exc:
        raise ArchiveError(f"{path}: bestand niet gevonden") from exc
    except OSError as exc:
        raise ArchiveError(f"{path}: kan niet gelezen worden ({exc.strerror})") from exc
    with fh:
        if not is_pdf(fh.read(5)):
            raise ArchiveError(f"{name}: geen PDF-bestand", f"{name}: not a PDF file")
        if size > MAX_PDF_BYTES:
            raise ArchiveError(
                f"{name}: te groot voor een portfolio-PDF ({size_text(size)}; hoogstens "
                f"{size_text(MAX_PDF_BYTES)})"
            )
        fh.seek(0)
        found = False

        def members() -> Iterator[tuple[str, Iterator[bytes]]]:
            nonlocal found
            for attachment, chunks in iter_attachments(
                fh, prefix=PREFIX, max_raw=_max_raw, strict=strict
            ):
                found = True
                yield attachment.removeprefix(PREFIX), chunks

        try:
            contents = read_archive_members(members(), name=name)
        except NotAPdfError as exc:
            raise ArchiveError(
                f"{name}: de PDF is beschadigd of beveiligd en kan niet gelezen worden ({exc})"
            ) from exc
        except ArchiveError:
            if not found:
                raise ArchiveError(
                    _NO_DATA.format(name=name), _NO_DATA_EN.format(name=name)
                ) from None
            raise
    return contents


_NO_DATA = (
    "{name}: Deze PDF bevat geen stageportfolio-gegevens. Alleen een portfolio-PDF die met "
    "stageportfolio gemaakt is (met 'stageportfolio export-pdf' of vanuit de app), bevat het "
    "hele portfolio."
)
_NO_DATA_EN = (
    "{name}: this PDF holds no stageportfolio data. Only a portfolio PDF made with "
    "stageportfolio (with 'stageportfolio export-pdf' or from the app) holds the whole "
    "portfolio."
)


def _max_raw(attachment: str) -> int:
    """The packed size above which an attachment cannot be one of ours (a member's limit,
    plus what deflate can add to data that does not pack)."""
    member = attachment.removeprefix(PREFIX)
    if member.startswith(LISTS_PREFIX):
        cap = MAX_LIST_FILE_BYTES
    else:
        caps = {MANIFEST: MAX_MANIFEST_BYTES, PAYLOAD: MAX_PAYLOAD_BYTES}
        cap = caps.get(member, MAX_EVIDENCE_BYTES)
    return cap + cap // 100 + 4096
