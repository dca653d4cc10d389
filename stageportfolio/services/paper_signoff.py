"""The paper bridge (``core.paper``): a printable weekly sign-off sheet, and registering the
sheet a mentor signed on paper (its scan as evidence, its code checked against the entries).

A paper sign-off is weaker than a key or an eID and is said to be so everywhere it shows; a
later change to an entry flags it like any changed sign-off (``core.paper.PaperMethod``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stageportfolio.core import clock, paper, signing
from stageportfolio.core.limits import MAX_SCAN_BYTES, size_text
from stageportfolio.core.paper import PaperCodeError
from stageportfolio.report.paper_sheet import Language, PaperSheet, SheetRow, render_sheet
from stageportfolio.services import checks as checking
from stageportfolio.store.db import session_scope
from stageportfolio.store.signing_store import NewSignOff

__all__ = ["MAX_SCAN_BYTES", "PaperCodeError", "PaperError", "PaperService", "WeekSheet"]


class PaperError(ValueError):
    """A sheet or a paper sign-off that cannot be made; the message is Dutch."""


@dataclass(frozen=True)
class WeekSheet:
    """The entries of one week (of one mentor's placements, or all) and their code."""

    week: str
    mentor: str
    items: tuple[dict[str, Any], ...]
    facts: tuple[checking.HourFacts, ...]
    statement: bytes
    code: str


class PaperService:
    """Paper sign-offs of one opened portfolio (``services.portfolio.PortfolioService``)."""

    def __init__(self, service: Any) -> None:
        self.service = service

    def _loaded(self) -> checking.Loaded:
        with session_scope(self.service.engine) as session:
            return checking.load(session, self.service.info.id)

    def _mentor_of(self) -> dict[str, str]:
        """Placement id -> its mentor's name."""
        names = {m.id: m.name for m in self.service.mentors()}
        return {
            p.id: names.get(p.mentor_id, "") if p.mentor_id else ""
            for p in self.service.placements()
        }

    def week_sheet(self, week: str, *, mentor: str | None = None) -> WeekSheet:
        """The sheet of ``week`` (``2026-W49``): every hour entry of that week, or only those
        at placements of ``mentor``. PaperCodeError for a week that does not exist."""
        monday, sunday = paper.parse_week(week)
        week = paper.week_of(monday)
        loaded = self._loaded()
        mentors = self._mentor_of()
        wanted = mentor.strip().casefold() if mentor else None
        facts = sorted(
            (
                h
                for h in loaded.hours.values()
                if monday <= h.day <= sunday
                and (
                    wanted is None
                    or mentors.get(h.placement_id or "", "").strip().casefold() == wanted
                )
            ),
            key=lambda h: (h.day, h.id),
        )
        items = tuple(checking.hour_item(h) for h in facts)
        statement = paper.sheet_statement(
            portfolio_id=loaded.portfolio_id, learner=loaded.learner, week=week, items=items
        )
        names = {mentors.get(h.placement_id or "", "") for h in facts} - {""}
        shown = mentor or (names.pop() if len(names) == 1 else "")
        return WeekSheet(week, shown, items, tuple(facts), statement, paper.sheet_code(statement))

    def sheet_pdf(
        self, week: str, *, language: Language = "nl", mentor: str | None = None
    ) -> bytes:
        """The printable sheet (PDF). PaperError when the week has no hours to sign."""
        found = self.week_sheet(week, mentor=mentor)
        if not found.facts:
            who = f" bij {mentor}" if mentor else ""
            raise PaperError(f"in week {found.week} zijn er geen uren{who} om af te tekenen")
        monday, sunday = paper.parse_week(found.week)
        contexts = self.service.catalog.contexts
        info = self.service.info
        sheet = PaperSheet(
            learner=info.name,
            portfolio_code=signing.portfolio_fingerprint(info.id),
            school=info.organisation,
            week=found.week,
            monday=monday,
            sunday=sunday,
            mentor=found.mentor,
            rows=tuple(
                SheetRow(h.day, h.minutes, contexts.label(h.context, language), h.placement)
                for h in found.facts
            ),
            code=found.code,
            qr=paper.qr_text(found.code),
            language=language,
        )
        return render_sheet(sheet)

    def weeks_with_hours(self) -> list[str]:
        """Every ISO week that has hours, oldest first."""
        return self._weeks_with_hours()

    def _weeks_with_hours(self) -> list[str]:
        return sorted({paper.week_of(h.day) for h in self._loaded().hours.values()})

    def find_sheet(self, code: str, week: str | None = None) -> WeekSheet:
        """The sheet (of a week, all entries or one mentor's) whose code is ``code``.

        PaperCodeError (Dutch) for a mistyped code, or when no week's entries give this code:
        the entries changed since the sheet was printed, or the code is from another sheet."""
        wanted = paper.normalise_code(code)
        weeks = [paper.week_of(paper.parse_week(week)[0])] if week else self._weeks_with_hours()
        mentors = [None, *sorted({m.name for m in self.service.mentors()})]
        for candidate in weeks:
            for mentor in mentors:
                found = self.week_sheet(candidate, mentor=mentor)
                if found.facts and found.code == wanted:
                    return found
        where = f"de uren van week {weeks[0]}" if week else "de uren van geen enkele week"
        raise PaperCodeError(
            f"de code {wanted} past niet bij {where} zoals ze nu in je portfolio staan: een "
            "uur is gewijzigd sinds het aftekenblad afgedrukt werd, of de code hoort bij een "
            "ander blad. Druk een nieuw aftekenblad af en laat het opnieuw tekenen."
        )

    def register(
        self,
        *,
        code: str | None,
        scan: Path,
        week: str | None = None,
        signer: str = "",
        language: Language = "nl",
    ) -> int:
        """Add the paper sign-off of a signed sheet: the scan as evidence, one ``paper``
        sign-off per entry on the sheet. ``code`` as typed; without it the QR code is read
        from the scan. Returns how many entries were signed off.

        Raises PaperCodeError (code wrong or not matching) or PaperError (scan unusable);
        nothing is stored then."""
        try:
            size = scan.stat().st_size
        except OSError as exc:
            raise PaperError(f"{scan}: de scan is niet gevonden of niet leesbaar") from exc
        if size == 0:
            raise PaperError(f"{scan}: dit is geen bruikbare scan (het bestand is leeg)")
        if size > MAX_SCAN_BYTES:
            raise PaperError(
                f"{scan}: te groot voor een scan van een aftekenblad ({size_text(size)}; "
                f"hoogstens {size_text(MAX_SCAN_BYTES)}); scan het blad opnieuw met een lagere "
                "resolutie of in grijstinten"
            )
        if code is None or not code.strip():
            code = read_code_from_scan(scan)
            if code is None:
                raise PaperError(
                    f"{scan}: in deze scan is geen QR-code van een aftekenblad gevonden; typ de "
                    "code die onderaan het blad staat"
                )
        found = self.find_sheet(code, week)
        loaded = self._loaded()
        mentor = (signer or found.mentor or "mentor").strip()
        digest = hashlib.sha256(scan.read_bytes()).hexdigest()
        scan_id = self.service.add_evidence(
            scan,
            description=f"Papieren aftekenblad week {found.week} (code {found.code}), getekend "
            f"door {mentor}",
            links=(),
        )
        evidence = paper.PaperEvidence(
            week=found.week,
            code=found.code,
            statement=found.statement.decode("utf-8"),
            scan_id=scan_id,
            scan_sha256=digest,
            language=language,
        )
        signed_at = clock.now().replace(microsecond=0)
        rows = []
        for item in found.items:
            message = signing.statement(
                item,
                portfolio_id=loaded.portfolio_id,
                learner=loaded.learner,
                signer=mentor,
                key_fingerprint=found.code,
                signed_at=signed_at,
                method="paper",
            )
            rows.append(
                NewSignOff(
                    target_kind="hour_entry",
                    target_id=str(item["id"]),
                    level=None,
                    mentor_id=None,
                    mentor_name=mentor,
                    comment="",
                    signed_at=signed_at,
                    payload=message.decode("utf-8"),
                    signature=found.code,
                    key_fingerprint=found.code,
                    public_key="",
                    method="paper",
                    method_data=evidence.to_json(),
                )
            )
        from stageportfolio.services.signoffs import SignOffService

        SignOffService(self.service).add_signed(rows)
        return len(rows)


def read_code_from_scan(scan: Path) -> str | None:
    """The sheet's code from the QR code in a scan (an image, or a scanned PDF's images), or
    None when none is found. Needs ``zxing-cpp`` (Apache-2.0, 2 MB); without it, None."""
    try:
        import zxingcpp
    except ImportError:  # pragma: no cover - a dependency of the app
        return None
    for image in _images(scan):
        for result in zxingcpp.read_barcodes(image):
            text = str(result.text)
            if text.upper().startswith(paper.QR_PREFIX):
                try:
                    return paper.normalise_code(text)
                except PaperCodeError:
                    continue
    return None


def _images(scan: Path) -> Sequence[Any]:
    """The pictures in a scan: the image itself, or every image of a scanned PDF."""
    from PIL import Image, UnidentifiedImageError

    data = scan.read_bytes()
    if data.startswith(b"%PDF-"):
        import pikepdf

        out = []
        try:
            with pikepdf.open(scan) as doc:
                for page in doc.pages:
                    found = page.get_images() if hasattr(page, "get_images") else page.images
                    for _, raw in found.items():
                        if not isinstance(raw, pikepdf.Stream):
                            continue
                        try:
                            out.append(pikepdf.PdfImage(raw).as_pil_image().convert("L"))
                        except (pikepdf.PdfError, NotImplementedError, ValueError, OSError):
                            continue
        except pikepdf.PdfError:
            return []
        return out
    try:
        with Image.open(scan) as image:
            return [image.convert("L")]
    except (UnidentifiedImageError, OSError):
        return []
