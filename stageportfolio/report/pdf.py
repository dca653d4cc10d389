"""The portfolio as a PDF: a plain ``PortfolioSnapshot`` in, PDF bytes out.

Two variants of the same data, each in the snapshot's language (Dutch or English; the user's
own words and the official texts of the BKs stay as they are):

* ``stage``: for the school. A cover with the status (counted hours against required, the
  verdict, the pace, the share a mentor confirmed) and the contents; an overview (hours per
  context as a table and a chart that marks the limits of the hour rules, the rules, the
  competences per BK, the attestations); the competences with their activities and
  sign-offs; appendices: the hour log per placement, the evidence, the signatures and the BK's
  own glossary.
* ``evc``: for an EVC test centre. The same cover; which competences are covered (*gedekt*,
  one definition: ``CompetenceLine.covered``) and which not, whether a mentor confirmed them or
  they are the candidate's own claim; the competences with their evidence; the rules and
  hours; the same appendices (evidence first).

Every font is DejaVu Sans, embedded (``initialFontName``, and every table and drawing names it),
so no unembedded standard font appears. The canvas holds its pages until the end, so each
footer says "pagina x van y" and the contents on the cover get their page numbers; headings
are bookmarks in the outline. Evidence names in the evidence list are links with the URI
``ATTACHMENT_LINK`` + the embedded file's name, which ``report.pdfa.make_archival`` turns into
annotations that open the embedded file. Nothing depends on the clock or on chance: the same
snapshot gives the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from urllib.parse import quote
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from stageportfolio.core.hours import format_hours
from stageportfolio.core.messages import join_and
from stageportfolio.report.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from stageportfolio.report.snapshot import (
    AttestationLine,
    BKGroup,
    CompetenceLine,
    EvidenceLine,
    HourLimit,
    PlacementLine,
    PortfolioSnapshot,
    RuleLine,
    SignOffLine,
)

Variant = Literal["stage", "evc"]
Progress = Callable[[int, int], None]

# A link whose URI is this prefix + the quoted name of an embedded file opens that file
# (report.pdfa turns it into a FileAttachment annotation on the same spot).
ATTACHMENT_LINK = "stageportfolio-attachment:"

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X
BODY_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
# A chapter starts on a new page unless this much of the page is still free: so a page before
# a chapter is at least 60 % full, and a chapter never starts in the last lines of a page.
CHAPTER_ROOM = 0.4 * BODY_H

ACCENT = colors.HexColor("#1F4E79")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6B76")
GRID = colors.HexColor("#B9C4CE")
HEAD_BG = colors.HexColor("#E6EDF4")
ZEBRA = colors.HexColor("#F6F8FA")
OK = colors.HexColor("#2E7D32")
BAD = colors.HexColor("#C62828")
WARN = colors.HexColor("#A85F00")
BAR = colors.HexColor("#4F81BD")
BAR_LIGHT = colors.HexColor("#B8CCE4")

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
ROLE_LABEL = {"student": ("Leerling", "Pupil"), "evc": ("EVC-kandidaat", "EVC candidate")}
ATTESTATION_TYPES_EN = {
    "Wettelijk attest": "Statutory attestation",
    "Bijkomend attest": "Additional attestation",
}

# -- text helpers ---------------------------------------------------------------------------


# What the document seal (services.pdf_seal) proves, and what not; printed on the cover.
SEAL_NOTE = (
    "<b>Documentzegel.</b> Deze PDF is bij het maken digitaal verzegeld (PAdES) met een sleutel "
    "van dit portfolio. Een PDF-lezer (Adobe Acrobat, pdfsig) of <i>stageportfolio verify</i> "
    "toont of het bestand daarna gewijzigd is. Het zegel bewijst niet wie de PDF maakte: de "
    "sleutel hoort bij het portfolio, niet bij een persoon of een school."
)
SEAL_NOTE_EN = (
    "<b>Document seal.</b> This PDF was digitally sealed (PAdES) with a key of this portfolio "
    "when it was made. A PDF reader (Adobe Acrobat, pdfsig) or <i>stageportfolio verify</i> "
    "shows whether the file was changed afterwards. The seal does not prove who made the PDF: "
    "the key belongs to the portfolio, not to a person or a school."
)


def _d(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def _long(day: date | None, lang: str = "nl") -> str:
    if day is None:
        return ""
    months = MONTHS_EN if lang == "en" else MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _h(minutes: int, lang: str = "nl") -> str:
    return format_hours(minutes, decimal_mark="." if lang == "en" else ",")


def _x(text: str) -> str:
    """User text made safe for a Paragraph (which reads a little XML)."""
    return escape(text).replace("\n", "<br/>")


def _plain(markup: str) -> str:
    """A heading's text for the outline: no tags, entities read back."""
    text = re.sub(r"<[^>]+>", "", markup)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def paragraphs(text: str) -> list[str]:
    """User text as its paragraphs: each line the user typed is one (blank lines between
    paragraphs are dropped, spaces inside a line are kept as typed). Nothing is cut."""
    return [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def honest_total(total: int, confirmed: int, lang: str = "nl") -> str:
    """ "310 uur gelogd, waarvan 280 bevestigd door een mentor" """
    if lang == "en":
        return (
            f"{_h(total, lang)} hours logged, {_h(confirmed, lang)} of them confirmed by a mentor"
        )
    return f"{_h(total)} uur gelogd, waarvan {_h(confirmed)} bevestigd door een mentor"


def _coloured(colour: colors.Color, text: str) -> str:
    return f"<font color='{colour.hexval()}'>{text}</font>"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _percent(part: float, whole: float) -> str:
    return f"{round(100 * part / whole)} %" if whole else "0 %"


def _status(rule: RuleLine, lang: str) -> str:
    en = lang == "en"
    if rule.status == "met":
        return f'<font color="{OK.hexval()}">✓ {"met" if en else "voldaan"}</font>'
    if rule.status == "unmet":
        colour = BAD if rule.severity == "error" else WARN
        return f'<font color="{colour.hexval()}">✗ {"not yet" if en else "nog niet"}</font>'
    return f'<font color="{MUTED.hexval()}">– {"not assessed" if en else "niet beoordeeld"}</font>'


_SIGNATURE_STATUS = {
    "valid": (OK, False, "✓ geldig", "✓ valid"),
    "changed": (BAD, True, "⚠ gewijzigd na aftekening", "⚠ changed after sign-off"),
    "invalid": (BAD, True, "✗ ongeldige handtekening", "✗ invalid signature"),
    "unsigned": (
        BAD,
        True,
        "✗ zonder handtekening: telt niet",
        "✗ without a signature: does not count",
    ),
    "history": (MUTED, False, "eerdere versie (vervangen)", "earlier version (replaced)"),
}


def _signature_status(status: str, lang: str = "nl") -> str:
    """A signature's check as marked text: never by colour alone."""
    if status not in _SIGNATURE_STATUS:
        return ""
    colour, bold, nl, en = _SIGNATURE_STATUS[status]
    text = en if lang == "en" else nl
    if bold:
        text = f"<b>{text}</b>"
    return f'<font color="{colour.hexval()}">{text}</font>'


def glossary(note: str) -> list[str]:
    """The entries of a BK footnote: ``"*A: x *B: y"`` -> ``["A: x", "B: y"]``."""
    parts = re.split(r"(?:^|\s)\*\s*", note.strip())
    return [" ".join(p.split()) for p in parts if p.strip()]


# -- styles ---------------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=26, leading=31, textColor=ACCENT
        )
        self.kicker = ParagraphStyle(
            "kicker", parent=base, fontName=BOLD, fontSize=10, leading=13, textColor=MUTED
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=14,  # dropped at the top of a page
            spaceAfter=8,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        )
        self.h3 = ParagraphStyle(
            "h3", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=2
        )
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=BOLD)
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.cell_bold_right = ParagraphStyle("cellbr", parent=self.cell_bold, alignment=TA_RIGHT)
        self.cell_muted = ParagraphStyle(
            "cellm", parent=self.cell, fontSize=7.8, leading=10, textColor=MUTED
        )
        self.reflection = ParagraphStyle(
            "reflection",
            parent=self.cell,
            fontName=OBLIQUE,
            fontSize=8,
            leading=10.5,
            spaceBefore=2,
            textColor=colors.HexColor("#333333"),
        )
        self.hash = ParagraphStyle(
            "hash", parent=base, fontSize=6.3, leading=8, textColor=MUTED, splitLongWords=1
        )
        self.big = ParagraphStyle(
            "big", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceAfter=4
        )


def _fitting(style: ParagraphStyle, text: str, width: float) -> ParagraphStyle:
    """``style``, smaller when needed, so that the longest word of ``text`` fits ``width``: a
    narrow column wraps between words, never inside one ("Competentie-s")."""
    longest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0)
    if longest <= width:
        return style
    # A little under the exact ratio: a word exactly as wide as the line still breaks.
    size = max(6.0, style.fontSize * (width - 0.5) / longest)
    return ParagraphStyle(
        f"{style.name}-{size:.2f}", parent=style, fontSize=size, leading=size * 1.25
    )


# -- small drawn flowables ------------------------------------------------------------------


class ProgressBar(Flowable):
    """A thin bar filled to ``fraction`` (0..1)."""

    def __init__(self, fraction: float, colour: colors.Color, width: float = 52, height: float = 6):
        super().__init__()
        self.fraction = max(0.0, min(1.0, fraction))
        self.colour = colour
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height + 3

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(GRID)
        c.setFillColor(ZEBRA)
        c.setLineWidth(0.4)
        c.roundRect(0, 2, self.width, self.height, 2, stroke=1, fill=1)
        if self.fraction > 0:
            c.setFillColor(self.colour)
            c.roundRect(
                0, 2, max(3.0, self.width * self.fraction), self.height, 2, stroke=0, fill=1
            )


@dataclass(frozen=True)
class Bar:
    """One row of the hour chart: a context, or what a rule counts with its limit."""

    label: str
    minutes: int
    limit: int | None = None  # minutes: a dashed marker
    limit_text: str = ""  # "300 u nodig"
    cap: bool = False  # hours above the limit do not count (drawn lighter)
    summary: bool = False  # a rule's row, drawn below the contexts


class HourBars(Flowable):
    """Horizontal bars of hours per context, then one bar per hour rule with its limit marked
    (300 counted hours, 200 in the core contexts, at most 100 elsewhere), in DejaVu Sans."""

    ROW = 17.0
    LABEL_W = 160.0
    VALUE_W = 48.0
    FONT = 8.5

    def __init__(self, bars: Sequence[Bar], width: float, unit: str = "u") -> None:
        super().__init__()
        self.bars = list(bars)
        self.width = width
        self.unit = unit
        self.lines = [
            simpleSplit(bar.label, BOLD if bar.summary else REGULAR, self.FONT, self.LABEL_W - 4)
            for bar in self.bars
        ]
        self.heights = [
            max(self.ROW, 10.5 * len(lines) + 6) + (9 if bar.limit is not None else 0)
            for bar, lines in zip(self.bars, self.lines, strict=True)
        ]
        gap = 6.0 if any(bar.summary for bar in self.bars) else 0.0
        self.height = sum(self.heights) + 16 + gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _top(self) -> int:
        values = [b.minutes for b in self.bars] + [b.limit or 0 for b in self.bars]
        return max(values, default=0) or 1

    def draw(self) -> None:
        c = self.canv
        bar_w = self.width - self.LABEL_W - self.VALUE_W - 12
        left = self.LABEL_W + 6
        top = self._top()

        def x(minutes: float) -> float:
            return left + bar_w * minutes / top

        step = _nice_step(top / 60)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.3)
        c.setFont(REGULAR, 6.5)
        c.setFillColor(MUTED)
        mark = 0.0
        while mark * 60 <= top + 1e-9:
            c.line(x(mark * 60), 12, x(mark * 60), self.height)
            c.drawCentredString(x(mark * 60), 3, f"{mark:g}")
            mark += step
        y_top = self.height
        for i, (bar, lines) in enumerate(zip(self.bars, self.lines, strict=True)):
            if bar.summary and (i == 0 or not self.bars[i - 1].summary):
                y_top -= 6
                c.setStrokeColor(GRID)
                c.setLineWidth(0.6)
                c.line(0, y_top + 3, self.width, y_top + 3)
            height = self.heights[i]
            y_top -= height
            y = y_top + (height - (self.ROW - 6) - (9 if bar.limit is not None else 0)) / 2
            font = BOLD if bar.summary else REGULAR
            c.setFont(font, self.FONT)
            c.setFillColor(INK)
            first = y + (self.ROW - 6) / 2 + 5.25 * (len(lines) - 1) - 3
            for n, line in enumerate(lines):
                c.drawRightString(self.LABEL_W, first - 10.5 * n, line)
            counted = min(bar.minutes, bar.limit) if bar.cap and bar.limit is not None else None
            c.setFillColor(ACCENT if bar.summary else BAR)
            solid = bar.minutes if counted is None else counted
            c.rect(left, y, max(1.0, x(solid) - left), self.ROW - 6, stroke=0, fill=1)
            if counted is not None and bar.minutes > counted:
                c.setFillColor(BAR_LIGHT)
                c.rect(x(counted), y, x(bar.minutes) - x(counted), self.ROW - 6, stroke=0, fill=1)
            c.setFillColor(INK)
            c.setFont(REGULAR, self.FONT)
            value = f"{_h(bar.minutes, 'en' if self.unit == 'h' else 'nl')} {self.unit}"
            c.drawString(x(bar.minutes) + 4, y + 3, value)
            if bar.limit is not None:
                c.saveState()
                c.setStrokeColor(WARN if bar.cap else BAD)
                c.setLineWidth(1.2)
                c.setDash(3, 2)
                c.line(x(bar.limit), y - 2, x(bar.limit), y + self.ROW - 6 + 4)
                c.restoreState()
                c.setFont(BOLD, 6.8)
                c.setFillColor(WARN if bar.cap else BAD)
                c.drawCentredString(x(bar.limit), y + self.ROW - 6 + 5, bar.limit_text)


def _nice_step(hours: float) -> float:
    """A round gridline step giving about five marks for ``hours`` hours."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if hours / step <= 6:
            return float(step)
    return 2000.0


# -- outline, contents and links ------------------------------------------------------------


class _Anchor(Flowable):
    """A place to jump to: a bookmark (and an outline entry when ``level`` is not None).
    Drawn only the first time, so it may sit in a table row that repeats on the next page."""

    def __init__(self, key: str, title: str = "", level: int | None = None) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        _mark(self.canv, self.key, self.title, self.level, 0.0)


def _mark(canv: Any, key: str, title: str, level: int | None, y: float) -> None:
    anchors = getattr(canv, "anchors", None)
    if anchors is None or key in anchors:
        return
    canv.bookmarkHorizontal(key, 0, y)
    if level is not None and title:
        canv.addOutlineEntry(title, key, level)


class _Heading(Paragraph):
    """A heading that is also a bookmark and an outline entry."""

    def __init__(
        self, text: str, style: ParagraphStyle, key: str, level: int, short: str = ""
    ) -> None:
        super().__init__(text, style)
        self.key = key
        self.level = level
        self.outline = short or _plain(text)

    def draw(self) -> None:
        _mark(self.canv, self.key, self.outline, self.level, self.height + 4)
        super().draw()


class _AttachmentName(Paragraph):
    """A paragraph that opens an embedded file when clicked (see ``ATTACHMENT_LINK``)."""

    def __init__(self, text: str, style: ParagraphStyle, attachment: str) -> None:
        super().__init__(text, style)
        self.attachment = attachment

    def draw(self) -> None:
        super().draw()
        if not self.attachment:
            return
        widths = self.getActualLineWidths0() or [self.width]
        rect = (0, 0, max(widths), self.height)
        self.canv.linkURL(ATTACHMENT_LINK + quote(self.attachment), rect, relative=1)


class _Contents(Flowable):
    """The contents list: titles now, page numbers (and links) when every page is known."""

    ROW = 13.5

    def __init__(self, entries: Sequence[tuple[str, str, int]]) -> None:
        super().__init__()
        self.entries = list(entries)
        self.width = BODY_W
        self.height = self.ROW * len(self.entries)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """A long list goes on over the page (never less than three lines on one)."""
        fits = int(availHeight // self.ROW)
        if fits < 3 or fits >= len(self.entries):
            return []
        return [_Contents(self.entries[:fits]), _Contents(self.entries[fits:])]

    def draw(self) -> None:
        c = self.canv
        rows = getattr(c, "contents_rows", None)
        number_w = 28.0
        for i, (key, title, level) in enumerate(self.entries):
            y = self.height - (i + 1) * self.ROW + 3.5
            indent = 14.0 * level
            font, size = (BOLD, 9.5) if level == 0 else (REGULAR, 9.0)
            room = self.width - indent - number_w - 8
            text = title
            while stringWidth(text, font, size) > room and len(text) > 8:
                text = text[:-2].rstrip() + "…"
            c.setFont(font, size)
            c.setFillColor(INK)
            c.drawString(indent, y, text)
            start = indent + stringWidth(text, font, size) + 4
            c.setFont(REGULAR, size)
            c.setFillColor(GRID)
            dots = "." * max(
                0, int((self.width - number_w - start) / stringWidth(".", REGULAR, size))
            )
            c.drawRightString(self.width - number_w, y, dots)
            if rows is not None:
                x0, y0 = c.absolutePosition(0, y - 3)
                x1, y1 = c.absolutePosition(self.width, y + size)
                rows.append((c.getPageNumber(), key, (x0, y0, x1, y1), size))


# -- pages ----------------------------------------------------------------------------------


def _canvas_factory(footer: str, page_words: tuple[str, str]) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, footer=footer, page_words=page_words, **kwargs)

    return make


class _NumberedCanvas(Canvas):
    """Holds every page until ``save``, so each footer can say "pagina x van y" and the
    contents list can give each chapter's page. Bookmarks made meanwhile point at the page
    they are on (a plain Canvas would think it is still on page 1)."""

    def __init__(
        self,
        *args: Any,
        footer: str = "",
        page_words: tuple[str, str] = ("pagina", "van"),
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("invariant", 1)  # no time stamp, no random document id
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_words = page_words
        self._pages: list[dict[str, Any]] = []
        # Mutated in place, never replaced: every saved page state shares them.
        self.anchors: dict[str, int] = {}
        self.contents_rows: list[tuple[int, str, tuple[float, float, float, float], float]] = []

    def bookmarkPage(self, key: str, **kwargs: Any) -> Any:  # type: ignore[override]
        self.anchors[key] = self._pageNumber  # type: ignore[attr-defined]  # a Canvas internal
        doc = self._doc  # type: ignore[attr-defined]  # a Canvas internal
        counter = doc.pageCounter
        doc.pageCounter = self._pageNumber  # type: ignore[attr-defined]
        try:
            return super().bookmarkPage(key, **kwargs)
        finally:
            doc.pageCounter = counter

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # a Canvas internal, not in the stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_contents_numbers()
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_contents_numbers(self) -> None:
        here = self._pageNumber  # type: ignore[attr-defined]
        for page, key, rect, size in self.contents_rows:
            target = self.anchors.get(key)
            if page != here or target is None:
                continue
            self.saveState()
            self.setFont(REGULAR, size)
            self.setFillColor(INK)
            self.drawRightString(rect[2], rect[1] + 3, str(target))
            self.restoreState()
            self.linkRect("", key, rect, relative=0, thickness=0, name=f"contents-{key}")

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 8 * mm
        self.line(MARGIN_X, y + 10, PAGE_W - MARGIN_X, y + 10)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, y, self._footer)
        number = self._pageNumber  # type: ignore[attr-defined]  # a Canvas internal
        page, of = self._page_words
        self.drawRightString(PAGE_W - MARGIN_X, y, f"{page} {number} {of} {total}")
        self.restoreState()


def _header(snapshot: PortfolioSnapshot, title: str) -> Callable[[Canvas, Any], None]:
    owner = snapshot.owner
    left = owner.name
    right = " · ".join(p for p in (title, owner.programme, owner.school_year) if p)

    def draw(canv: Canvas, doc: Any) -> None:
        canv.saveState()
        y = PAGE_H - MARGIN_TOP + 9 * mm
        canv.setFont(BOLD, 8.5)
        canv.setFillColor(ACCENT)
        canv.drawString(MARGIN_X, y, left)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        room = BODY_W - stringWidth(left, BOLD, 8.5) - 20
        text = right
        while stringWidth(text, REGULAR, 8) > room and len(text) > 10:
            text = text[:-2] + "…"
        canv.drawRightString(PAGE_W - MARGIN_X, y, text)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 4, PAGE_W - MARGIN_X, y - 4)
        canv.restoreState()

    return draw


# -- the renderer ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, snapshot: PortfolioSnapshot, variant: Variant, progress: Progress | None):
        self.s = snapshot
        self.variant = variant
        self.lang = "en" if snapshot.lang == "en" else "nl"
        self.st = _Styles()
        self.progress = progress
        self.done = 0
        self.total = 8 + len(snapshot.competences)
        self.contents: list[tuple[str, str, int]] = []  # (key, title, level) in reading order
        self.appendix = 0
        self.evidence_keys = {e.name: f"evidence-{i}" for i, e in enumerate(snapshot.evidence, 1)}
        owner = snapshot.owner
        self.evc_role = owner.role == "evc"
        self.has_mentor = bool(snapshot.signatures) or any(
            p.mentor_name for p in snapshot.placements
        )
        self.starred = any(
            c.note and ("*" in c.title or any("*" in a.text for a in c.activities))
            for c in snapshot.competences
        )

    # language ----------------------------------------------------------------------------
    def t(self, nl: str, en: str) -> str:
        return en if self.lang == "en" else nl

    def h(self, minutes: int) -> str:
        return _h(minutes, self.lang)

    def place(self, plural: bool = False) -> str:
        """What the hours were made at: a placement for a pupil, a workplace for an adult."""
        if self.evc_role:
            return (
                self.t("werkplekken", "workplaces") if plural else self.t("werkplek", "workplace")
            )
        return (
            self.t("stageplaatsen", "placements") if plural else self.t("stageplaats", "placement")
        )

    # progress ----------------------------------------------------------------------------
    def tick(self, steps: int = 1) -> None:
        self.done = min(self.total - 1, self.done + steps)  # the last step is the layout
        if self.progress is not None:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self.progress is not None:
            self.progress(self.total, self.total)

    # building blocks -----------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(text, style or self.st.body)

    def heading(
        self, text: str, key: str, *, level: int = 0, contents: bool = True, short: str = ""
    ) -> Paragraph:
        """A chapter (``level`` 0) or section heading: an outline entry and, with ``contents``,
        a line of the contents list on the cover (``short`` there, when given)."""
        if contents:
            self.contents.append((key, short or _plain(text), level))
        return _Heading(text, self.st.h2 if level > 0 else self.st.h1, key, level, short)

    def chapter(self, nl: str, en: str, key: str) -> list[Flowable]:
        return [CondPageBreak(CHAPTER_ROOM), self.heading(self.t(nl, en), key)]

    def appendix_chapter(self, nl: str, en: str, key: str) -> list[Flowable]:
        letter = "ABCDEFGH"[self.appendix]
        self.appendix += 1
        return self.chapter(f"Bijlage {letter}. {nl}", f"Appendix {letter}. {en}", key)

    def fit(self, text: str, width: float) -> str | Paragraph:
        """Plain text when it fits one line of a table cell ``width`` wide (much cheaper to lay
        out than a Paragraph), else a wrapping Paragraph."""
        if "\n" not in text and stringWidth(text, REGULAR, 8.5) <= width - 8:
            return text
        return self.p(_x(text), self.st.cell)

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        total_row: bool = False,
        zebra: bool = True,
        extra: Iterable[tuple[Any, ...]] = (),
        right: Sequence[int] = (),
        repeat: int | tuple[int, ...] | None = None,
        split_in_row: bool = False,
    ) -> Table:
        """A table in the house style. A plain-text cell that does not fit its column (a header
        "Type en datum" in 27 mm) becomes a wrapping paragraph, so no text runs over a border;
        ``right`` are the columns aligned right."""
        rows = [list(row) for row in rows]
        for r, row in enumerate(rows):
            bold = (header and r == 0) or (total_row and r == len(rows) - 1)
            for col, cell in enumerate(row):
                if not isinstance(cell, str) or not cell:
                    continue
                font = BOLD if bold else REGULAR
                if "\n" in cell or stringWidth(cell, font, 8.5) > widths[col] - 8:
                    if bold:
                        para = self.st.cell_bold_right if col in right else self.st.cell_bold
                    else:
                        para = self.st.cell_right if col in right else self.st.cell
                    row[col] = self.p(_x(cell), _fitting(para, cell, widths[col] - 8))
        table = Table(
            rows,
            colWidths=list(widths),
            repeatRows=(1 if header else 0) if repeat is None else repeat,
            hAlign="LEFT",
            splitInRow=1 if split_in_row else 0,
        )
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LEADING", (0, 0), (-1, -1), 11),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("ALIGN", (col, 0), (col, -1), "RIGHT") for col in right]
        if header:
            style += [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ]
        first = 1 if header else 0
        last = len(rows) - (1 if total_row else 0)
        if zebra and last - first > 3:
            style.append(("ROWBACKGROUNDS", (0, first), (-1, last - 1), [colors.white, ZEBRA]))
        if total_row:
            style += [
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
                ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
            ]
        style.extend(extra)
        table.setStyle(TableStyle(style))
        return table

    def star_note(self, texts: Iterable[str]) -> list[Flowable]:
        """Under a list whose texts carry the BK's asterisks: where they are explained."""
        if not self.starred or not any("*" in text for text in texts):
            return []
        return [
            Spacer(1, 1.5 * mm),
            self.p(
                self.t(
                    "* Woorden met een sterretje komen uit de beroepskwalificatie, die ze "
                    "uitlegt: zie de woordenlijst achteraan.",
                    "* Words with an asterisk come from the professional qualification, which "
                    "explains them: see the glossary at the end.",
                ),
                self.st.muted,
            ),
        ]

    # cover -------------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        s, st = self.s, self.st
        o = s.owner
        kicker = self.t("EVC-PORTFOLIO", "EVC PORTFOLIO")
        if self.variant != "evc":
            kicker = self.t("STAGEPORTFOLIO", "PLACEMENT PORTFOLIO")
        out: list[Flowable] = [Spacer(1, 4 * mm), self.p(kicker, st.kicker), Spacer(1, 2 * mm)]
        out.append(self.p(_x(o.name), st.title))
        out.append(Spacer(1, 1 * mm))
        out.append(self.p(_x(o.list_title), st.big))
        out.append(Spacer(1, 5 * mm))
        rows: list[tuple[str, str]] = [
            (self.t("Rol", "Role"), self.t(*ROLE_LABEL.get(o.role, (o.role, o.role)))),
            (
                self.t("EVC-traject", "EVC route")
                if self.evc_role
                else self.t("Opleiding", "Programme"),
                o.programme,
            ),
            (
                self.t("Beroepskwalificatie", "Professional qualification")
                if len(o.targets) == 1
                else self.t("Beroepskwalificaties", "Professional qualifications"),
                "\n".join(o.targets),
            ),
        ]
        if self.evc_role:
            if o.organisation:
                rows.append((self.t("EVC-testcentrum", "EVC test centre"), o.organisation))
            if o.school_year:
                rows.append((self.t("Schooljaar", "School year"), o.school_year))
            if s.period.first is not None:
                rows.append((self.t("Periode", "Period"), self.period()))
        else:
            rows.append((self.t("School", "School"), o.organisation or "–"))
            rows.append((self.t("Schooljaar", "School year"), o.school_year or "–"))
            rows.append((self.t("Periode", "Period"), self.period()))
        rows.append((self.t("Afgedrukt op", "Printed on"), _long(s.printed, self.lang)))
        version = self.t("versie", "version")
        rows.append((self.t("Lijst", "List"), f"{o.list_title} ({version} {o.list_version})"))
        cells = [[self.p(k, st.cell_muted), self.p(_x(v), st.cell)] for k, v in rows]
        out.append(
            self.table(
                cells,
                [45 * mm, BODY_W - 45 * mm],
                header=False,
                zebra=False,
                extra=[
                    ("GRID", (0, 0), (-1, -1), 0, colors.white),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ],
            )
        )
        out.append(Spacer(1, 6 * mm))
        out += self.status_block()
        out.append(Spacer(1, 4 * mm))
        out.append(self.p(self.t("Inhoud", "Contents"), st.h3))
        out.append(_Contents(self.contents))
        out.append(Spacer(1, 4 * mm))
        out.append(self.p(self.t(SEAL_NOTE, SEAL_NOTE_EN), st.muted))
        out += [NextPageTemplate("later"), PageBreak()]
        return out

    def period(self) -> str:
        s = self.s
        if s.period.first is None:
            return self.t("nog geen uren geregistreerd", "no hours logged yet")
        return f"{_long(s.period.first, self.lang)} – {_long(s.period.last, self.lang)}"

    def blocked(self) -> bool:
        return any(r.status == "unmet" and r.severity == "error" for r in self.s.rules)

    def status_block(self) -> list[Flowable]:
        """What a coordinator or an assessor looks for first, in four lines."""
        s, st = self.s, self.st
        rows: list[list[Any]] = []
        target = s.hour_target
        if target is not None:
            needed = self.h(target.needed_minutes)
            have = self.h(target.counted_minutes)
            share = _percent(
                min(target.counted_minutes, target.needed_minutes), target.needed_minutes
            )
            rows.append(
                [
                    self.t("Getelde uren", "Counted hours"),
                    [
                        self.p(
                            self.t(
                                f"<b>{have} van de {needed} uur</b> die de regels vragen ({share})",
                                f"<b>{have} of the {needed} hours</b> the rules ask for ({share})",
                            ),
                            st.cell,
                        ),
                        ProgressBar(
                            target.counted_minutes / target.needed_minutes
                            if target.needed_minutes
                            else 1.0,
                            OK if target.met else BAR,
                            width=BODY_W - 45 * mm - 10,
                        ),
                    ],
                ]
            )
        colour = BAD if self.blocked() else OK
        verdict = s.result_line or self.t(
            "Resultaat: deze lijst heeft geen regels.", "Result: this list has no rules."
        )
        rows.append(
            [
                self.t("Oordeel", "Verdict"),
                self.p(f"<font color='{colour.hexval()}'><b>{_x(verdict)}</b></font>", st.cell),
            ]
        )
        if target is not None:
            rows.append([self.t("Tempo", "Pace"), self.p(self.pace(), st.cell)])
        if self.variant == "evc" or self.evc_role or target is None:
            rows.append([self.t("Gedekt", "Covered"), self.p(self.coverage_line(), st.cell)])
        if s.total_minutes or target is not None:
            rows.append(
                [
                    self.t("Bevestigde uren", "Confirmed hours"),
                    self.p(self.confirmed_line(), st.cell),
                ]
            )
        title = self.t("Stand van zaken op {0}", "Status on {0}").format(
            _long(s.printed, self.lang)
        )
        cells = [[self.p(f"<b>{title}</b>", st.cell), ""]]
        cells += [[self.p(label, st.cell_muted), value] for label, value in rows]
        return [
            self.table(
                cells,
                [45 * mm, BODY_W - 45 * mm],
                header=False,
                zebra=False,
                extra=[
                    ("SPAN", (0, 0), (-1, 0)),
                    ("GRID", (0, 0), (-1, -1), 0, colors.white),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 1), (-1, -2), 0.3, GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ],
            )
        ]

    def pace(self) -> str:
        target = self.s.hour_target
        assert target is not None
        needed = self.h(target.needed_minutes)
        if target.met:
            return self.t(
                f"Voldaan: de {needed} uur zijn gehaald.", f"Met: the {needed} hours are reached."
            )
        if target.expected is None or target.pace_minutes_per_day <= 0:
            return self.t(
                "Nog geen tempo: de laatste vier weken zijn geen uren gelogd.",
                "No pace yet: no hours were logged in the last four weeks.",
            )
        per_day = f"{target.pace_minutes_per_day / 60:.1f}"
        per_day = per_day.removesuffix(".0")
        if self.lang == "nl":
            per_day = per_day.replace(".", ",")
        when = _long(target.expected, self.lang)
        return self.t(
            f"Aan dit tempo (gemiddeld {per_day} uur per dag over de laatste vier weken) zijn "
            f"de {needed} uur rond <b>{when}</b> gehaald.",
            f"At this pace (on average {per_day} hours a day over the last four weeks) the "
            f"{needed} hours are reached around <b>{when}</b>.",
        )

    def confirmed_line(self) -> str:
        s = self.s
        total, confirmed = s.total_minutes, s.confirmed_minutes
        text = f"<b>{honest_total(total, confirmed, self.lang)}</b> ({_percent(confirmed, total)})"
        if confirmed < total:
            text += self.t(
                ". Uren zonder geldige handtekening (nog niet afgetekend, of gewijzigd na "
                "aftekening) tellen niet als bevestigd.",
                ". Hours without a valid signature (not signed off yet, or changed after "
                "sign-off) do not count as confirmed.",
            )
        return text

    def coverage_line(self) -> str:
        comps = self.s.competences
        covered = [c for c in comps if c.covered]
        confirmed = sum(c.coverage == "confirmed" for c in covered)
        claimed = len(covered) - confirmed
        head = self.t(
            f"<b>{len(covered)} van {len(comps)} competenties gedekt</b>",
            f"<b>{len(covered)} of {len(comps)} competences covered</b>",
        )
        parts = []
        if confirmed:
            parts.append(
                self.t(
                    f"{confirmed} afgetekend door een mentor", f"{confirmed} signed off by a mentor"
                )
            )
        if claimed:
            parts.append(
                self.t(
                    f"{claimed} met bewijsstukken: eigen claim, nog niet bevestigd",
                    f"{claimed} with evidence: own claim, not confirmed yet",
                )
            )
        return head + (": " + "; ".join(parts) if parts else "") + "."

    # overview: rules, hours, coverage -------------------------------------------------------
    def rules(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [
            CondPageBreak(45 * mm),
            self.heading(self.t("Regels van de lijst", "Rules of the list"), "rules", level=1),
        ]
        if not self.s.rules:
            out.append(
                self.p(
                    self.t(
                        "Deze lijst heeft geen regels voor uren of aftekeningen.",
                        "This list has no rules for hours or sign-offs.",
                    ),
                    st.muted,
                )
            )
            return out
        if self.s.result_line:  # the verdict first, above the rules it sums up
            out.append(self.p(f"<b>{_x(self.s.result_line)}</b>", st.body))
            out.append(Spacer(1, 1.5 * mm))
        for note in self.s.list_notes:
            dropped = note.startswith(("VERVALLEN", "DROPPED"))
            text = f"<b>⚠ {_x(note)}</b>" if dropped else _x(note)
            hex_colour = BAD.hexval() if dropped else MUTED.hexval()
            out.append(self.p(f"<font color='{hex_colour}'>{text}</font>", st.body))
        rows: list[list[Any]] = [
            [
                self.t("Status", "Status"),
                self.t("Regel en wat nog nodig is", "Rule and what is still needed"),
                self.t("Voortgang", "Progress"),
            ]
        ]
        for r in self.s.rules:
            kind = (
                self.t("verplicht", "required")
                if r.severity == "error"
                else self.t("advies", "advice")
            )
            if r.tag:
                kind += f" · {r.tag}"
            colour = OK if r.status == "met" else (BAD if r.severity == "error" else WARN)
            rows.append(
                [
                    self.p(f"<b>{_status(r, self.lang)}</b>", st.cell),
                    [
                        self.p(
                            f"<b>{_x(r.title)}</b> "
                            f"<font color='{MUTED.hexval()}'>({_x(kind)})</font>",
                            st.cell,
                        ),
                        self.p(_x(r.message), st.cell_muted),
                    ],
                    [
                        ProgressBar(r.progress if r.status != "not_evaluated" else 0, colour),
                        self.p(f"{round(r.progress * 100)} %", st.cell_muted)
                        if r.status != "not_evaluated"
                        else self.p("", st.cell_muted),
                    ],
                ]
            )
        out.append(
            self.table(rows, [27 * mm, BODY_W - 27 * mm - 24 * mm, 24 * mm], split_in_row=True)
        )
        out += self.star_note(r.message for r in self.s.rules)
        self.tick()
        return out

    def hours(self) -> list[Flowable]:
        s, st = self.s, self.st
        out: list[Flowable] = [
            CondPageBreak(60 * mm),
            self.heading(self.t("Uren per context", "Hours per context"), "hours", level=1),
        ]
        if not s.totals:
            out.append(
                self.p(self.t("Nog geen uren geregistreerd.", "No hours logged yet."), st.muted)
            )
            self.tick()
            return out
        total = s.total_minutes
        rows: list[list[Any]] = [
            [self.t("Context", "Context"), self.t("Uren", "Hours"), self.t("Aandeel", "Share")]
        ]
        for t in s.totals:
            rows.append(
                [self.p(_x(t.label), st.cell), self.h(t.minutes), _percent(t.minutes, total)]
            )
        rows.append([self.t("Totaal geregistreerd", "Total logged"), self.h(total), "100 %"])
        extra: list[tuple[Any, ...]] = []
        counted_row = s.counted_minutes != total and any(
            r.status != "not_evaluated" for r in s.rules
        )
        if counted_row:
            rows.append(
                [
                    self.t("Getelde uren (volgens de regels)", "Counted hours (under the rules)"),
                    self.h(s.counted_minutes),
                    "",
                ]
            )
            extra += [
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
                ("BACKGROUND", (0, -2), (-1, -1), HEAD_BG),
                ("FONTNAME", (0, -2), (-1, -2), BOLD),
            ]
        out.append(
            self.table(
                rows,
                [BODY_W - 60 * mm, 30 * mm, 30 * mm],
                total_row=not counted_row,
                extra=extra,
                right=(1, 2),
            )
        )
        if s.counted_minutes == total:
            out.append(Spacer(1, 2 * mm))
            out.append(
                self.p(
                    self.t(
                        f"Alle {self.h(total)} geregistreerde uren tellen mee voor de regels "
                        f"(getelde uren: {self.h(s.counted_minutes)}).",
                        f"All {self.h(total)} logged hours count for the rules "
                        f"(counted hours: {self.h(s.counted_minutes)}).",
                    ),
                    st.muted,
                )
            )
        out.append(Spacer(1, 4 * mm))
        bars = [Bar(t.label, t.minutes) for t in s.totals]
        bars += [self.limit_bar(limit) for limit in s.limits]
        out.append(HourBars(bars, BODY_W, unit=self.t("u", "h")))
        caption = self.t("Uren per context (in uur).", "Hours per context (in hours).")
        if s.limits:
            caption += self.t(
                " Onderaan wat de uurregels tellen; de streepjeslijn is de grens van de regel: "
                "minstens zoveel uur, of (oranje) hoogstens zoveel uur telt mee.",
                " Below, what the hour rules count; the dashed line is the rule's limit: at "
                "least that many hours, or (orange) at most that many hours count.",
            )
        out.append(self.p(caption, st.muted))
        self.tick()
        return out

    def limit_bar(self, limit: HourLimit) -> Bar:
        n = self.h(limit.limit_minutes)
        unit = self.t("u", "h")
        where = join_and(list(limit.contexts), self.lang)
        if limit.kind == "total":
            return Bar(
                self.t("Getelde uren", "Counted hours"),
                limit.minutes,
                limit.limit_minutes,
                self.t(f"{n} {unit} nodig", f"{n} {unit} needed"),
                summary=True,
            )
        if limit.kind == "inside":
            return Bar(
                self.t(f"Samen in {where}", f"Together in {where}"),
                limit.minutes,
                limit.limit_minutes,
                self.t(f"{n} {unit} nodig", f"{n} {unit} needed"),
                summary=True,
            )
        return Bar(
            self.t("In een andere setting", "In another setting"),
            limit.minutes,
            limit.limit_minutes,
            self.t(f"telt tot {n} {unit}", f"counts up to {n} {unit}"),
            cap=True,
            summary=True,
        )

    def coverage_table(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [
            CondPageBreak(40 * mm),
            self.heading(
                self.t("Competenties per beroepskwalificatie", "Competences per qualification"),
                "coverage",
                level=1,
            ),
        ]
        rows: list[list[Any]] = [
            [
                self.t("Beroepskwalificatie", "Professional qualification"),
                self.t("Competenties", "Competences"),
                self.t("Afgetekend", "Signed off"),
                self.t("Met bewijs", "With evidence"),
                self.t("Met activiteit", "With activity"),
            ]
        ]
        for bk in self.s.bks:
            comps = bk.competences
            rows.append(
                [
                    self.p(_x(bk.label), st.cell),
                    str(len(comps)),
                    str(sum(c.signed for c in comps)),
                    str(sum(c.evidence_count > 0 for c in comps)),
                    str(sum(bool(c.activities) for c in comps)),
                ]
            )
        widths = [BODY_W - 4 * 25 * mm] + [25 * mm] * 4
        out.append(self.table(rows, widths, right=(1, 2, 3, 4)))
        out.append(Spacer(1, 2 * mm))
        out.append(
            self.p(
                self.t(
                    "Afgetekend: de mentor tekende de competentie af, of al haar activiteiten, op "
                    "het niveau dat de lijst vraagt, met een geldige handtekening. Met bewijs: "
                    "minstens één bewijsstuk is aan de competentie of aan een van haar "
                    "activiteiten gekoppeld.",
                    "Signed off: the mentor signed off the competence, or all its activities, at "
                    "the level the list asks, with a valid signature. With evidence: at least "
                    "one evidence item is linked to the competence or one of its activities.",
                ),
                st.muted,
            )
        )
        self.tick()
        return out

    # attestations -------------------------------------------------------------------------
    def attestations(self) -> list[Flowable]:
        """What the BKs ask besides competences: each attestation, its status and its evidence."""
        s, st = self.s, self.st
        if not s.attestations:
            return []
        done = sum(a.done for a in s.attestations)
        out: list[Flowable] = [
            CondPageBreak(50 * mm),
            self.heading(self.t("Attesten", "Attestations"), "attestations", level=1),
        ]
        out.append(
            self.p(
                self.t(
                    f"{done} van {len(s.attestations)} attesten hebben een bewijsstuk. Naast de "
                    "competenties vraagt de beroepskwalificatie deze attesten. Het bewijsstuk is "
                    "het attest zelf (een scan of foto); het zit in het portfolio-archief. De "
                    "school of het EVC-testcentrum beoordeelt het document.",
                    f"{done} of {len(s.attestations)} attestations have evidence. Besides the "
                    "competences, the professional qualification asks for these attestations. "
                    "The evidence is the attestation itself (a scan or a photo); it is in the "
                    "portfolio archive. The school or the EVC test centre judges the document.",
                ),
                st.muted,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows: list[list[Any]] = [
            [
                self.t("Attest", "Attestation"),
                self.t("Status", "Status"),
                self.t("Bewijsstuk", "Evidence"),
            ]
        ]
        for a in s.attestations:
            evidence = "<br/>".join(self.evidence_ref(name) for name in a.evidence) or "–"
            status = self.p(self._attestation_status(a), st.cell)
            rows.append([self._attestation_cell(a), status, self.p(evidence, st.cell)])
        out.append(self.table(rows, [BODY_W - 36 * mm - 48 * mm, 36 * mm, 48 * mm]))
        return out

    def _attestation_cell(self, a: AttestationLine) -> list[Flowable]:
        kind = ATTESTATION_TYPES_EN.get(a.type, a.type) if self.lang == "en" else a.type
        details = [x for x in (kind, a.regulation) if x]
        details.append(self.t("gevraagd door ", "asked by ") + ", ".join(a.bks))
        return [
            self.p(f"<b>{_x(a.text)}</b>", self.st.cell),
            self.p(_x(" · ".join(details)), self.st.cell_muted),
        ]

    def _attestation_status(self, a: AttestationLine) -> str:
        if a.done:
            return _coloured(OK, "✓ " + self.t("bewijsstuk toegevoegd", "evidence added"))
        return _coloured(BAD, "✗ " + self.t("nog geen bewijsstuk", "no evidence yet"))

    # evc: covered or not ---------------------------------------------------------------------
    def who_confirms(self) -> str:
        if self.has_mentor:
            return self.t(
                "tot een mentor of de assessor van het EVC-testcentrum het bevestigt",
                "until a mentor or the assessor of the EVC test centre confirms it",
            )
        return self.t(
            "tot de assessor van het EVC-testcentrum het bevestigt",
            "until the assessor of the EVC test centre confirms it",
        )

    def coverage_definition(self) -> str:
        signed = self.t(
            " of als een mentor ze (of al haar activiteiten) met een geldige handtekening "
            "heeft afgetekend",
            " or a mentor signed it off (or all its activities) with a valid signature",
        )
        signed = signed if self.has_mentor else ""
        return self.t(
            "Een competentie is <b>gedekt</b> als er minstens één bewijsstuk aan gekoppeld is "
            f"(aan de competentie of aan een van haar activiteiten){signed}. "
            "Gedekt met bewijsstukken alleen is de <b>eigen claim</b> van de kandidaat, "
            f"{self.who_confirms()}.",
            "A competence is <b>covered</b> when at least one evidence item is linked to it "
            f"(to the competence or to one of its activities){signed}. "
            "Covered by evidence alone is the candidate's <b>own claim</b>, "
            f"{self.who_confirms()}.",
        )

    def coverage_statement(self) -> list[Flowable]:
        s, st = self.s, self.st
        comps = s.competences
        covered = [c for c in comps if c.covered]
        out: list[Flowable] = self.chapter(
            "1. Dekking van de competenties", "1. Coverage of the competences", "coverage"
        )
        out.append(
            self.p(
                self.t(
                    f"Gedekt: {len(covered)} van {len(comps)} competenties.",
                    f"Covered: {len(covered)} of {len(comps)} competences.",
                ),
                st.big,
            )
        )
        out.append(self.p(self.coverage_definition(), st.body))
        out.append(Spacer(1, 3 * mm))
        rows: list[list[Any]] = [
            [
                self.t("Beroepskwalificatie", "Professional qualification"),
                self.t("Gedekt", "Covered"),
                self.t("waarvan afgetekend", "of which signed off"),
                self.t("waarvan eigen claim", "of which own claim"),
                self.t("Niet gedekt", "Not covered"),
            ]
        ]
        for bk in s.bks:
            n = sum(c.covered for c in bk.competences)
            confirmed = sum(c.coverage == "confirmed" for c in bk.competences)
            rows.append(
                [
                    self.p(_x(bk.label), st.cell),
                    self.t(f"{n} van {len(bk.competences)}", f"{n} of {len(bk.competences)}"),
                    str(confirmed),
                    str(n - confirmed),
                    str(len(bk.competences) - n),
                ]
            )
        out.append(self.table(rows, [BODY_W - 4 * 25 * mm] + [25 * mm] * 4, right=(1, 2, 3, 4)))
        for bk in s.bks:
            yes = [c for c in bk.competences if c.covered]
            no = [c for c in bk.competences if not c.covered]
            out.append(CondPageBreak(30 * mm))
            out.append(self.heading(_x(bk.label), f"coverage-{bk.code}", level=1, contents=False))
            out.append(self.p(f"<b>{self.t('Gedekt', 'Covered')} ({len(yes)}):</b>", st.body))
            if yes:
                out.append(self._competence_list(yes, with_basis=True))
            else:
                out.append(self.p(self.t("nog geen", "none yet"), st.muted))
            out.append(Spacer(1, 2 * mm))
            out.append(CondPageBreak(20 * mm))  # the label stays with its list
            out.append(
                self.p(f"<b>{self.t('Niet gedekt', 'Not covered')} ({len(no)}):</b>", st.body)
            )
            if no:
                out.append(self._competence_list(no, with_basis=True))
            else:
                out.append(
                    self.p(
                        self.t(
                            "geen: alle competenties zijn gedekt",
                            "none: every competence is covered",
                        ),
                        st.muted,
                    )
                )
            out += self.star_note(c.title for c in bk.competences)
        out.append(Spacer(1, 5 * mm))
        if comps and len(covered) == len(comps):
            advice = self.t(
                "Alle competenties zijn gedekt. Het EVC-testcentrum kan op basis van dit "
                "portfolio de volledige beroepskwalificatie beoordelen (bewijs van "
                "beroepskwalificatie).",
                "Every competence is covered. The EVC test centre can assess the whole "
                "professional qualification from this portfolio (a certificate of the "
                "professional qualification).",
            )
        else:
            advice = self.t(
                "Ook als de volledige beroepskwalificatie nog niet binnen bereik is, kan de "
                "kandidaat voor de gedekte competenties al een beoordeling vragen bij een "
                "erkend EVC-testcentrum; een bewijs van competenties volgt pas na die "
                "beoordeling. De niet gedekte competenties kunnen later aangevuld worden.",
                "Even while the whole professional qualification is not within reach yet, the "
                "candidate can ask a recognised EVC test centre to assess the covered "
                "competences; a certificate of competences only follows that assessment. The "
                "competences not covered can be added later.",
            )
        out.append(
            self.table(
                [[self.p(advice, st.body)]],
                [BODY_W],
                header=False,
                zebra=False,
                extra=[
                    ("GRID", (0, 0), (-1, -1), 0, colors.white),
                    ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                    ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ],
            )
        )
        self.tick()
        return out

    def coverage_mark(self, c: CompetenceLine) -> str:
        """How a competence stands for an assessor: confirmed, the candidate's claim, or not
        covered; in words, never by colour alone."""
        if c.coverage == "confirmed":
            return _coloured(OK, "✓ " + self.t("gedekt: afgetekend", "covered: signed off"))
        if c.coverage == "claimed":
            return (
                f"<font color='{WARN.hexval()}'>◐ "
                f"{self.t('gedekt: eigen claim', 'covered: own claim')}</font>"
            )
        return f"<font color='{BAD.hexval()}'>✗ {self.t('niet gedekt', 'not covered')}</font>"

    def _competence_list(self, comps: Sequence[CompetenceLine], *, with_basis: bool) -> Table:
        st = self.st
        rows: list[list[Any]] = []
        for c in comps:
            basis = ""
            if with_basis:
                parts = [self.coverage_mark(c)]
                if c.evidence_count:
                    parts.append(
                        _count(
                            c.evidence_count,
                            self.t("bewijsstuk", "evidence item"),
                            self.t("bewijsstukken", "evidence items"),
                        )
                    )
                basis = "<br/>".join(parts)
            rows.append(
                [
                    self.p(f"C{c.nr}", st.cell),
                    self.p(_x(c.title), st.cell),
                    self.p(basis, st.cell_muted),
                ]
            )
        return self.table(
            rows,
            [12 * mm, BODY_W - 12 * mm - 40 * mm, 40 * mm],
            header=False,
            zebra=False,
            extra=[
                ("GRID", (0, 0), (-1, -1), 0, colors.white),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
        )

    # competences ------------------------------------------------------------------------------
    def competences(self, *, evidence_first: bool) -> list[Flowable]:
        st = self.st
        if evidence_first:
            out = self.chapter(
                "2. Competenties met bewijs", "2. Competences with evidence", "competences"
            )
        else:
            out = self.chapter(
                "2. Competenties en activiteiten", "2. Competences and activities", "competences"
            )
        levels = ", ".join(f"{v} = {label}" for v, label in self.s.levels)
        if levels:
            out.append(self.p(f"{self.t('Niveaus', 'Levels')}: {_x(levels)}.", st.muted))
        if self.s.signatures:
            out.append(
                self.p(
                    self.t(
                        "Bij elke aftekening staat de sleutel van de mentor; bijlage "
                        "Handtekeningen zegt welke schoolsleutel de mentorkaart ondertekende: "
                        "vergelijk die met de vingerafdruk van de school.",
                        "Each sign-off shows the mentor's key; the appendix Signatures says which "
                        "school key signed the mentor card: compare it with the school's "
                        "fingerprint.",
                    ),
                    st.muted,
                )
            )
        for bk in self.s.bks:
            out += self.bk_block(bk, evidence_first=evidence_first)
        return out

    def bk_block(self, bk: BKGroup, *, evidence_first: bool) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [
            CondPageBreak(50 * mm),
            self.heading(
                f"{_x(bk.title)} <font size='9' color='{MUTED.hexval()}'>"
                f"({bk.code}) · {self.t('VKS-niveau', 'VKS level')} {bk.vks_level}</font>",
                f"bk-{bk.code}",
                level=1,
                short=f"{bk.title} ({bk.code})",
            ),
        ]
        shown = [c for c in bk.competences if c.covered or c.activities]
        rest = [c for c in bk.competences if not (c.covered or c.activities)]
        if not shown:
            out.append(
                self.p(
                    self.t(
                        "Nog geen activiteiten, aftekeningen of bewijsstukken.",
                        "No activities, sign-offs or evidence yet.",
                    ),
                    st.muted,
                )
            )
        for c in shown:
            # Room for the heading and the first activity; a block that goes on over the page
            # repeats its heading there (KeepTogether would lay out every block twice).
            out.append(CondPageBreak((30.0 if c.activities else 18.0) * mm))
            out.append(self.competence_block(c, bk, evidence_first=evidence_first))
            out.append(Spacer(1, 2.5 * mm))
            self.tick()
        if evidence_first:
            # The same count as under "Dekking van de competenties": every one not covered,
            # also those above that have an activity but no evidence or sign-off.
            missing = [c for c in bk.competences if not c.covered]
            out.append(Spacer(1, 2 * mm))
            if missing:
                numbers = ", ".join(f"C{c.nr}" for c in missing)
                out.append(
                    self.p(
                        f"<font color='{BAD.hexval()}'><b>✗ {self.t('Niet gedekt', 'Not covered')}"
                        f"</b></font> ({len(missing)}): {numbers}.",
                        st.body,
                    )
                )
            self.tick(len(rest))
        elif rest:
            out.append(Spacer(1, 2 * mm))
            out.append(CondPageBreak(20 * mm))
            out.append(
                self.p(
                    self.t(
                        "<b>Nog open</b> (nog geen activiteit, aftekening of bewijsstuk): ",
                        "<b>Still open</b> (no activity, sign-off or evidence yet): ",
                    )
                    + _count(
                        len(rest),
                        self.t("competentie", "competence"),
                        self.t("competenties", "competences"),
                    ),
                    st.body,
                )
            )
            out.append(self._competence_list(rest, with_basis=False))
            out += self.star_note(c.title for c in rest)
            self.tick(len(rest))
        return out

    def _signoff_text(self, so: SignOffLine) -> str:
        refused = so.decision == "refuse"
        if refused:
            first = f"<b>{self.t('niet akkoord', 'not agreed')}</b>"
        elif so.level is not None:
            first = f"{self.t('niveau', 'level')} {so.level} ({_x(so.level_label)})"
        else:
            first = ""
        who = []
        if so.mentor_name:
            name = _x(so.mentor_name)
            if not so.name_confirmed:
                name += self.t(" (naam niet bevestigd)", " (name not confirmed)")
            who.append(f"{self.t('door', 'by')} {name}")
        if so.day:
            who.append(_d(so.day))
        text = "<br/>".join(x for x in (first, ", ".join(who)) if x)
        key = self.key_fact(so)
        if key:
            text += f"<br/><font color='{MUTED.hexval()}'>{key}</font>"
        if so.signature_status and so.signature_status != "valid":
            text += "<br/>" + _signature_status(so.signature_status, self.lang)
        if so.comment:
            label = self.t("Reden: ", "Reason: ") if refused else ""
            text += f"<br/><i>{label}“{_x(so.comment)}”</i>"
        return text

    def key_fact(self, so: SignOffLine) -> str:
        """The facts of a signature, short: which key, and which school key signed its card."""
        if not so.signed or not so.fingerprint:
            return self.t("zonder handtekening", "without a signature")
        text = self.t(f"sleutel {so.fingerprint}", f"key {so.fingerprint}")
        if so.school_fingerprint:
            text += self.t(
                f"; kaart ondertekend door schoolsleutel {so.school_fingerprint}",
                f"; card signed by school key {so.school_fingerprint}",
            )
        else:
            text += self.t("; niet bevestigd door een school", "; not confirmed by a school")
        return text

    def evidence_ref(self, name: str) -> str:
        """An evidence name that jumps to its line in the evidence list."""
        key = self.evidence_keys.get(name)
        if key is None:
            return _x(name)
        return f'<a href="#{key}" color="{ACCENT.hexval()}">{_x(name)}</a>'

    def competence_block(self, c: CompetenceLine, bk: BKGroup, *, evidence_first: bool) -> Table:
        """One table per competence: its heading, what is known about it as a whole, then its
        activities. The heading (and the activities' column names) repeat when the table goes
        on over a page; a long reflection may go on over the page too."""
        st = self.st
        state = []
        if evidence_first:
            state.append(self.coverage_mark(c))
        elif c.signed:
            state.append(
                f"<font color='{OK.hexval()}'>✓ {self.t('afgetekend', 'signed off')}</font>"
            )
        if c.evidence_count:
            state.append(
                _count(
                    c.evidence_count,
                    self.t("bewijsstuk", "evidence item"),
                    self.t("bewijsstukken", "evidence items"),
                )
            )
        practised = len({a.activity_id for a in c.activities})
        state.append(
            self.t(
                f"{practised} van {c.activity_count} activiteiten geoefend",
                f"{practised} of {c.activity_count} activities practised",
            )
        )
        w_what, w_proposed, w_mentor = BODY_W - 34 * mm - 50 * mm, 34 * mm, 50 * mm
        heading = [
            _Anchor(f"c-{c.id}", f"C{c.nr} {c.title}", 2),
            self.p(f"<b>C{c.nr}</b>  <b>{_x(c.title)}</b>", st.cell),
        ]
        rows: list[list[Any]] = [[heading, "", self.p(" · ".join(state), st.cell_muted)]]
        spans: list[tuple[Any, ...]] = [("SPAN", (0, 0), (1, 0))]
        details: list[str] = []
        if c.note and self.starred:
            details.append(
                "<br/>".join(
                    f"<font color='{MUTED.hexval()}'>* {_x(g)}</font>" for g in glossary(c.note)
                )
            )
        evidence = ""
        if c.evidence:
            names = ", ".join(self.evidence_ref(n) for n in c.evidence)
            label = self.t("Bewijsstukken", "Evidence")
            evidence = f"{_coloured(MUTED, label + ':')} {names}"
        if evidence_first and evidence:
            details.append(evidence)
        if c.signoff is not None:
            label = self.t("Competentie afgetekend", "Competence signed off")
            text = self._signoff_text(c.signoff).replace("<br/>", " · ", 1)
            details.append(f"<font color='{MUTED.hexval()}'>{label}:</font> {text}")
        if not evidence_first and evidence:
            details.append(evidence)
        for text in details:
            spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([self.p(text, st.cell), "", ""])
        repeat: tuple[int, ...] = (0,)
        if c.activities:
            repeat = (0, len(rows))
            mentor = self.t("Bevestiging", "Confirmation") if self.evc_role else "Mentor"
            rows.append(
                [
                    self.t("Activiteit en reflectie", "Activity and reflection"),
                    self.t("Voorgesteld", "Proposed"),
                    mentor,
                ]
            )
            for a in c.activities:
                what: list[Flowable] = [self.p(_x(a.text), st.cell)]
                what += [self.p(_x(line), st.reflection) for line in paragraphs(a.reflection)]
                if a.evidence:
                    names = ", ".join(self.evidence_ref(n) for n in a.evidence)
                    what.append(self.p(f"{self.t('Bewijs', 'Evidence')}: {names}", st.cell_muted))
                proposed = self.p(
                    f"{self.t('niveau', 'level')} {a.proposed_level}<br/>"
                    f"<font color='{MUTED.hexval()}'>{_x(a.proposed_label)}<br/>"
                    f"{_d(a.day)}</font>",
                    st.cell,
                )
                signed = (
                    self.p(self._signoff_text(a.signoff), st.cell)
                    if a.signoff is not None
                    else self.p(self.t("nog niet afgetekend", "not signed off yet"), st.cell_muted)
                )
                rows.append([what, proposed, signed])
        header_row = repeat[-1] if c.activities else None
        extra: list[tuple[Any, ...]] = [
            *spans,
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
        if header_row is not None:
            extra += [
                ("FONTNAME", (0, header_row), (-1, header_row), BOLD),
                ("FONTSIZE", (0, header_row), (-1, header_row), 7.8),
                ("TEXTCOLOR", (0, header_row), (-1, header_row), MUTED),
                ("BACKGROUND", (0, header_row), (-1, header_row), ZEBRA),
            ]
        return self.table(
            rows,
            [w_what, w_proposed, w_mentor],
            header=False,
            zebra=False,
            extra=extra,
            repeat=repeat,
            split_in_row=True,
        )

    # appendix ---------------------------------------------------------------------------------
    def hour_log(self) -> list[Flowable]:
        s, st = self.s, self.st
        place = self.place()
        out = self.appendix_chapter(f"Urenlog per {place}", f"Hour log per {place}", "hour-log")
        if not any(p.hours for p in s.placements):
            out.append(
                self.p(self.t("Nog geen uren geregistreerd.", "No hours logged yet."), st.muted)
            )
        for i, p in enumerate(s.placements, 1):
            if not p.hours and not p.organisation:
                continue
            out += self.placement_block(p, i)
        self.tick()
        return out

    def placement_block(self, p: PlacementLine, index: int) -> list[Flowable]:
        st = self.st
        name = p.organisation or self.t(
            f"Uren zonder {self.place()}", f"Hours without a {self.place()}"
        )
        meta = [p.context_label] if p.context_label else []
        if p.start is not None:
            meta.append(f"{_d(p.start)} – {_d(p.end)}")
        if p.mentor_name:
            meta.append(f"mentor: {p.mentor_name}")
        elif not self.evc_role and p.organisation:
            meta.append(self.t("geen mentor ingevuld", "no mentor filled in"))
        meta.append(f"{self.h(p.minutes)} {self.t('uur', 'hours')}")
        out: list[Flowable] = [
            CondPageBreak(35 * mm),
            self.heading(_x(name), f"place-{index}", level=1, contents=False),
            self.p(_x(" · ".join(meta)), st.muted),
            Spacer(1, 2 * mm),
        ]
        if not p.hours:
            out.append(
                self.p(
                    self.t(
                        f"Geen uren op deze {self.place()}.", f"No hours at this {self.place()}."
                    ),
                    st.muted,
                )
            )
            return out
        rows: list[list[Any]] = [
            [
                self.t("Datum", "Date"),
                self.t("Context", "Context"),
                self.t("Uren", "Hours"),
                self.t("Notitie", "Note"),
            ]
        ]
        note_w = BODY_W - 79 * mm
        marks = {
            "valid": self.t("✓ ondertekend door {0}", "✓ signed by {0}"),
            "changed": self.t(
                "<b>⚠ gewijzigd na aftekening</b>", "<b>⚠ changed after sign-off</b>"
            ),
            "invalid": self.t("<b>✗ ongeldige handtekening</b>", "<b>✗ invalid signature</b>"),
            "unsigned": self.t("<b>✗ zonder handtekening</b>", "<b>✗ without a signature</b>"),
            "refused": self.t("<b>✗ niet akkoord</b> ({0})", "<b>✗ not agreed</b> ({0})"),
        }
        for h in p.hours:
            note: Any = self.fit(h.note, note_w) if h.note else ""
            if h.signature_status:
                mark = marks.get(h.signature_status, "").format(_x(h.signature_note))
                colour = OK if h.signature_status == "valid" else BAD
                text = f"<font color='{colour.hexval()}'>{mark}</font>"
                if h.note:
                    text = f"{_x(h.note)}<br/>{text}"
                note = self.p(text, st.cell)
            rows.append([_d(h.day), self.fit(h.context_label, 42 * mm), self.h(h.minutes), note])
        rows.append([self.t("Totaal", "Total"), "", self.h(p.minutes), ""])
        out.append(
            self.table(
                rows, [22 * mm, 42 * mm, 15 * mm, BODY_W - 79 * mm], total_row=True, right=(2,)
            )
        )
        return out

    def evidence_index(self) -> list[Flowable]:
        s, st = self.s, self.st
        out = self.appendix_chapter("Bewijsstukken", "Evidence", "evidence")
        if not s.evidence:
            out.append(
                self.p(
                    self.t("Nog geen bewijsstukken toegevoegd.", "No evidence added yet."), st.muted
                )
            )
            self.tick()
            return out
        out.append(
            self.p(
                self.t(
                    "Elk bewijsstuk zit in deze PDF, onder zijn oorspronkelijke bestandsnaam: "
                    "klik op de naam om het bestand te openen (of open de bijlagen van de PDF). "
                    "De SHA-256-vingerafdruk laat nagaan dat een bestand niet gewijzigd is sinds "
                    "het werd toegevoegd.",
                    "Every evidence item is in this PDF, under its original file name: click the "
                    "name to open the file (or open the PDF's attachments). The SHA-256 "
                    "fingerprint shows that a file has not changed since it was added.",
                ),
                st.muted,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows: list[list[Any]] = [
            [
                self.t("Nr", "No"),
                self.t("Bewijsstuk", "Evidence"),
                self.t("Type en datum", "Type and date"),
                self.t("Gekoppeld aan", "Linked to"),
            ]
        ]
        for i, e in enumerate(s.evidence, 1):
            kind = self.p(f"{_x(e.type_label)}<br/>{_d(e.day)}", st.cell)
            targets = [
                *e.competences,
                *(self.t("Attest: ", "Attestation: ") + a for a in e.attestations),
            ]
            linked = self.p("<br/>".join(_x(c) for c in targets) or "–", st.cell)
            rows.append([str(i), self._evidence_cell(e, i), kind, linked])
        out.append(
            self.table(rows, [8 * mm, BODY_W - 8 * mm - 27 * mm - 38 * mm, 27 * mm, 38 * mm])
        )
        self.tick()
        return out

    def _evidence_cell(self, e: EvidenceLine, index: int) -> list[Flowable]:
        st = self.st
        name = _AttachmentName(
            f"<u><font color='{ACCENT.hexval()}'><b>{_x(e.name)}</b></font></u>",
            st.cell,
            e.attachment,
        )
        cell: list[Flowable] = [_Anchor(f"evidence-{index}"), name]
        if e.description:
            cell.append(self.p(_x(e.description), st.cell_muted))
        cell.append(self.p(f"SHA-256:<br/>{e.sha256}", st.hash))
        return cell

    def signatures(self) -> list[Flowable]:
        """Each signing mentor's key fingerprint, then every signed item with its code."""
        s, st = self.s, self.st
        out = self.appendix_chapter("Handtekeningen", "Signatures", "signatures")
        out.append(
            self.p(
                self.t(
                    "Een mentor tekent digitaal af met een eigen sleutel (Ed25519). Een school "
                    "bevestigt een mentor door de mentorkaart (naam en sleutel) te ondertekenen "
                    "met de schoolsleutel. Deze bijlage vermeldt feiten, geen oordeel: of een "
                    "schoolsleutel echt van de school is, gaat de ontvanger zelf na. Vergelijk de "
                    "vingerafdruk met die van de school, of gebruik: stageportfolio verify "
                    "BESTAND.pdf --trust SCHOOL.pub",
                    "A mentor signs off digitally with a key of their own (Ed25519). A school "
                    "confirms a mentor by signing the mentor card (name and key) with the school "
                    "key. This appendix states facts, not a verdict: whether a school key really "
                    "is the school's is for the receiver to check. Compare the fingerprint with "
                    "the school's, or use: stageportfolio verify FILE.pdf --trust SCHOOL.pub",
                ),
                st.muted,
            )
        )
        out.append(
            self.heading(
                self.t("Mentors en hun sleutel", "Mentors and their keys"),
                "signatures-keys",
                level=1,
                contents=False,
            )
        )
        unconfirmed = self.t(" (naam niet bevestigd)", " (name not confirmed)")
        mentors: dict[tuple[str, str], tuple[str, str]] = {}
        for sig in s.signatures:
            if not sig.fingerprint:
                continue
            name = sig.mentor if sig.name_confirmed else f"{sig.mentor}{unconfirmed}"
            key = (name, sig.fingerprint)
            if sig.school_fingerprint or key not in mentors:
                mentors[key] = (sig.school_fingerprint, sig.school_name)
        methods = {(sig.mentor, sig.fingerprint): sig.method for sig in s.signatures}
        rows: list[list[Any]] = [
            [
                "Mentor",
                self.t("Sleutel", "Key"),
                self.t("Mentorkaart", "Mentor card"),
            ]
        ]
        for (mentor, fingerprint), (school_fp, school_name) in mentors.items():
            school = (
                self.t(
                    f"ondertekend door schoolsleutel {school_fp} ({_x(school_name)}): vergelijk "
                    "met de vingerafdruk van de school",
                    f"signed by school key {school_fp} ({_x(school_name)}): compare it with the "
                    "school's fingerprint",
                )
                if school_fp
                else self.t("niet bevestigd door een school", "not confirmed by a school")
            )
            method = methods.get((mentor.removesuffix(" (naam niet bevestigd)"), fingerprint))
            if method == "paper":
                school = self.t(
                    f"papieren aftekening (aftekenblad met code {fingerprint}): zwakker dan een "
                    "sleutel of eID, de app kan een handtekening op papier niet nakijken",
                    f"paper sign-off (sheet with code {fingerprint}): weaker than a key or eID, "
                    "the app cannot check a signature on paper",
                )
            elif method == "eid":
                eid = self.t("gekwalificeerde handtekening (eID)", "qualified signature (eID)")
                school = f"{eid}; {school}"
            rows.append([self.p(_x(mentor), st.cell), fingerprint, self.p(school, st.cell)])
        out.append(self.table(rows, [55 * mm, 50 * mm, BODY_W - 105 * mm]))
        changed = sum(1 for sig in s.signatures if sig.status not in ("valid", "history"))
        out.append(
            self.heading(
                self.t("Afgetekende items", "Signed items"),
                "signatures-items",
                level=1,
                contents=False,
            )
        )
        if changed:
            warning = self.t(
                "1 aftekening telt niet: gewijzigd na aftekening, zonder handtekening of met een "
                "ongeldige handtekening."
                if changed == 1
                else f"{changed} aftekeningen tellen niet: gewijzigd na aftekening, zonder "
                "handtekening of met een ongeldige handtekening.",
                "1 sign-off does not count: changed after sign-off, without a signature or with "
                "an invalid signature."
                if changed == 1
                else f"{changed} sign-offs do not count: changed after sign-off, without a "
                "signature or with an invalid signature.",
            )
            out.append(self.p(f"<font color='{BAD.hexval()}'><b>⚠ {warning}</b></font>", st.body))
            out.append(Spacer(1, 2 * mm))
        rows = [["Item", "Mentor", "Code", self.t("Status", "Status")]]
        for sig in s.signatures:
            status = _signature_status(sig.status, self.lang)
            if sig.decision == "refuse":
                status = (
                    f"<b>{self.t('niet akkoord', 'not agreed')}</b>: {_x(sig.comment)}<br/>{status}"
                )
            rows.append(
                [
                    self.fit(sig.label, BODY_W - 105 * mm),
                    self.fit(sig.mentor, 37 * mm),
                    sig.code,
                    self.p(status, st.cell),
                ]
            )
        out.append(self.table(rows, [BODY_W - 105 * mm, 37 * mm, 28 * mm, 40 * mm]))
        return out

    def glossary(self) -> list[Flowable]:
        """The BK's own footnotes for the words with an asterisk."""
        st = self.st
        out = self.appendix_chapter("Woordenlijst", "Glossary", "glossary")
        out.append(
            self.p(
                self.t(
                    "De beroepskwalificaties zetten een sterretje (*) bij woorden die ze in een "
                    "voetnoot uitleggen. Hier staan die voetnoten, zoals de Vlaamse "
                    "kwalificatiestructuur ze geeft.",
                    "The professional qualifications put an asterisk (*) next to words they "
                    "explain in a footnote. These are the footnotes, as the Flemish qualification "
                    "structure gives them (in Dutch).",
                ),
                st.muted,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows: list[list[Any]] = []
        for bk in self.s.bks:
            for c in bk.competences:
                if not c.note:
                    continue
                entries = "<br/>".join(f"* {_x(g)}" for g in glossary(c.note))
                rows.append(
                    [
                        self.p(f"<b>C{c.nr}</b><br/>{_x(bk.title)}", st.cell),
                        [self.p(_x(c.title), st.cell_bold), self.p(entries, st.cell)],
                    ]
                )
        out.append(self.table(rows, [30 * mm, BODY_W - 30 * mm], header=False))
        return out

    # whole documents ----------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        s = self.s
        body: list[Flowable] = []
        if self.variant == "evc":
            body += self.coverage_statement()
            body += self.attestations()
            body += self.competences(evidence_first=True)
            body += self.chapter("3. Regels en uren", "3. Rules and hours", "rules-hours")
            body += self.rules()
            if s.totals:
                body += self.hours()
            body += self.evidence_index()
            if any(p.hours for p in s.placements):
                body += self.hour_log()
            else:
                self.tick()
            if s.signatures:
                body += self.signatures()
        else:
            body += self.chapter("1. Overzicht", "1. Overview", "overview")
            body += self.hours()
            body += self.rules()
            body += self.coverage_table()
            body += self.attestations()
            body += self.competences(evidence_first=False)
            body += self.hour_log()
            body += self.evidence_index()
            if s.signatures:
                body += self.signatures()
        if self.starred:
            body += self.glossary()
        # The chapters are known now: the cover lists them.
        cover = self.cover()
        self.tick()
        return cover + body


def render_pdf(
    snapshot: PortfolioSnapshot,
    *,
    variant: Variant = "stage",
    progress: Progress | None = None,
) -> bytes:
    """The portfolio as PDF bytes; ``progress(done, total)`` is called as it is built."""
    if variant not in ("stage", "evc"):
        raise ValueError(f"unknown variant {variant!r}")
    register_fonts()
    builder = _Builder(snapshot, variant, progress)
    owner = snapshot.owner
    en = builder.lang == "en"
    if variant == "evc":
        title = "EVC portfolio" if en else "EVC-portfolio"
    else:
        title = "Placement portfolio" if en else "Stageportfolio"
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title} {owner.name}",
        author=owner.name,
        subject=f"{title}: {owner.list_title} ({owner.school_year})".replace(" ()", ""),
        creator="Stageportfolio",
        keywords=["portfolio", owner.list_id, *owner.targets],  # joined with ", "
        lang="en" if en else "nl-BE",
        initialFontName=REGULAR,
        initialFontSize=9.5,
        invariant=1,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        BODY_W,
        BODY_H,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def outline(canv: Canvas, doc: Any) -> None:
        canv.showOutline()  # a reader opens with the bookmarks shown

    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame], onPage=outline),
            PageTemplate(id="later", frames=[frame], onPage=_header(snapshot, title)),
        ]
    )
    story = builder.story()
    printed = "printed on" if en else "afgedrukt op"
    footer = f"{owner.name} · {title} · {printed} {_long(snapshot.printed, builder.lang)}"
    words = ("page", "of") if en else ("pagina", "van")
    doc.build(story, canvasmaker=_canvas_factory(footer, words))
    builder.finish()
    return buffer.getvalue()
