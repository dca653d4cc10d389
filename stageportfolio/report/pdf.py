"""The portfolio as a PDF: a plain ``PortfolioSnapshot`` in, PDF bytes out.

Two variants of the same data:

* ``stage``: for the school. Cover, an overview (rules, hours per context as a table and a
  chart, competence coverage, the attestations the BKs ask), the competences with their
  activities and sign-offs, and an appendix with the hour log per placement and the evidence
  index.
* ``evc``: for an EVC test centre. Cover, which competences are covered and which not, the
  attestations, the competences with their evidence first, the rules and hours, and the same
  appendix (evidence first).

Every font is DejaVu Sans, embedded (``initialFontName``, and every table and drawing names it),
so no unembedded standard font appears. The page count in the footer ("pagina x van y") comes
from a canvas that holds its pages until the end. The document language is set to nl-BE.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from stageportfolio.report.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from stageportfolio.report.snapshot import (
    AttestationLine,
    BKGroup,
    CompetenceLine,
    EvidenceLine,
    PlacementLine,
    PortfolioSnapshot,
    RuleLine,
    SignOffLine,
)

Variant = Literal["stage", "evc"]
Progress = Callable[[int, int], None]

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
BODY_W = PAGE_W - 2 * MARGIN_X

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

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
ROLE_LABEL = {"student": "Leerling", "evc": "EVC-kandidaat"}
REFLECTION_MAX = 480

# -- text helpers ---------------------------------------------------------------------------


# What the document seal (services.pdf_seal) proves, and what not; printed on the cover.
SEAL_NOTE = (
    "<b>Documentzegel.</b> Deze PDF is bij het maken digitaal verzegeld (PAdES) met een sleutel "
    "van dit portfolio. Een PDF-lezer (Adobe Acrobat, pdfsig) of <i>stageportfolio verify</i> "
    "toont of het bestand daarna gewijzigd is. Het zegel bewijst niet wie de PDF maakte: de "
    "sleutel hoort bij het portfolio, niet bij een persoon of een school."
)


def _d(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def _long(day: date | None) -> str:
    return "" if day is None else f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _h(minutes: int) -> str:
    return format_hours(minutes)


def _x(text: str) -> str:
    """User text made safe for a Paragraph (which reads a little XML)."""
    return escape(text).replace("\n", "<br/>")


def truncate(text: str, limit: int = REFLECTION_MAX) -> str:
    """Shorten at a word boundary, marking the cut; short text comes back unchanged."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–")
    return cut + " […]"


def _status(rule: RuleLine) -> str:
    if rule.status == "met":
        return f'<font color="{OK.hexval()}">✓ voldaan</font>'
    if rule.status == "unmet":
        colour = BAD if rule.severity == "error" else WARN
        return f'<font color="{colour.hexval()}">✗ nog niet</font>'
    return f'<font color="{MUTED.hexval()}">– niet beoordeeld</font>'


def _signature_status(status: str) -> str:
    """A signature's check as marked text: never by colour alone."""
    if status == "valid":
        return f'<font color="{OK.hexval()}">✓ geldig</font>'
    if status == "changed":
        return f'<font color="{BAD.hexval()}"><b>⚠ gewijzigd na aftekening</b></font>'
    if status == "invalid":
        return f'<font color="{BAD.hexval()}"><b>✗ ongeldige handtekening</b></font>'
    if status == "unsigned":
        return f'<font color="{BAD.hexval()}"><b>✗ zonder handtekening: telt niet</b></font>'
    if status == "history":
        return f'<font color="{MUTED.hexval()}">eerdere versie (vervangen)</font>'
    return ""


def honest_total(total: int, confirmed: int) -> str:
    """ "310 uur gelogd, waarvan 280 bevestigd door een mentor" """
    return f"{_h(total)} uur gelogd, waarvan {_h(confirmed)} bevestigd door een mentor"


def _nl_count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


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
            spaceBefore=4,
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
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.cell_muted = ParagraphStyle(
            "cellm", parent=self.cell, fontSize=7.8, leading=10, textColor=MUTED
        )
        self.reflection = ParagraphStyle(
            "reflection",
            parent=self.cell,
            fontName=OBLIQUE,
            fontSize=8,
            leading=10.5,
            textColor=colors.HexColor("#333333"),
        )
        self.hash = ParagraphStyle(
            "hash", parent=base, fontSize=6.3, leading=8, textColor=MUTED, splitLongWords=1
        )
        self.big = ParagraphStyle(
            "big", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceAfter=4
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


class HourBars(Flowable):
    """Horizontal bars of hours per context, labelled, drawn in DejaVu Sans."""

    ROW = 17.0

    def __init__(self, rows: Sequence[tuple[str, int]], width: float) -> None:
        super().__init__()
        self.rows = list(rows)
        self.width = width
        self.height = self.ROW * len(self.rows) + 16

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        label_w = 175.0
        value_w = 50.0
        bar_w = self.width - label_w - value_w - 12
        top = max((m for _, m in self.rows), default=0) or 1
        # Gridlines at round hour marks.
        step = _nice_step(top / 60)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.3)
        c.setFont(REGULAR, 6.5)
        c.setFillColor(MUTED)
        mark = 0.0
        while mark * 60 <= top + 1e-9:
            x = label_w + 6 + bar_w * (mark * 60) / top
            c.line(x, 12, x, self.height)
            c.drawCentredString(x, 3, f"{mark:g}".replace(".", ","))
            mark += step
        for i, (label, minutes) in enumerate(self.rows):
            y = self.height - (i + 1) * self.ROW + 3
            c.setFont(REGULAR, 8.5)
            c.setFillColor(INK)
            text = label
            while stringWidth(text, REGULAR, 8.5) > label_w - 4 and len(text) > 4:
                text = text[:-2].rstrip() + "…"
                text = text[:-1] if text.endswith("……") else text
            c.drawRightString(label_w, y + 3, text)
            c.setFillColor(BAR)
            c.rect(label_w + 6, y, max(1.0, bar_w * minutes / top), self.ROW - 6, stroke=0, fill=1)
            c.setFillColor(INK)
            c.drawString(label_w + 10 + bar_w * minutes / top, y + 3, f"{_h(minutes)} u")


def _nice_step(hours: float) -> float:
    """A round gridline step giving about five marks for ``hours`` hours."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if hours / step <= 6:
            return float(step)
    return 2000.0


# -- pages ----------------------------------------------------------------------------------


def _canvas_factory(footer: str) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, footer=footer, **kwargs)

    return make


class _NumberedCanvas(Canvas):
    """Holds every page until ``save`` so each footer can say "pagina x van y"."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # a Canvas internal, not in the stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

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
        self.drawRightString(PAGE_W - MARGIN_X, y, f"pagina {number} van {total}")
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
        self.st = _Styles()
        self.progress = progress
        self.done = 0
        self.total = 8 + len(snapshot.competences)

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
    ) -> Table:
        table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
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

    # cover -------------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        s, st = self.s, self.st
        o = s.owner
        evc_role = o.role == "evc"
        kicker = "EVC-PORTFOLIO" if self.variant == "evc" else "STAGEPORTFOLIO"
        out: list[Flowable] = [Spacer(1, 30 * mm), self.p(kicker, st.kicker), Spacer(1, 3 * mm)]
        out.append(self.p(_x(o.name), st.title))
        out.append(Spacer(1, 2 * mm))
        out.append(self.p(_x(o.list_title), st.big))
        out.append(Spacer(1, 10 * mm))
        if s.period.first is None:
            period = "nog geen uren geregistreerd"
        else:
            period = f"{_long(s.period.first)} – {_long(s.period.last)}"
        rows = [
            ["Rol", ROLE_LABEL.get(o.role, o.role)],
            ["Opleiding" if not evc_role else "EVC-traject", o.programme],
            [
                "Beroepskwalificatie" if len(o.targets) == 1 else "Beroepskwalificaties",
                "\n".join(o.targets),
            ],
            ["EVC-testcentrum" if evc_role else "School", o.organisation or "–"],
            ["Schooljaar", o.school_year or "–"],
            ["Periode", period],
            ["Afgedrukt op", _long(s.printed)],
            ["Lijst", f"{o.list_title} (versie {o.list_version})"],
        ]
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
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ],
            )
        )
        out.append(Spacer(1, 12 * mm))
        comps = s.competences
        met = sum(1 for r in s.rules if r.status == "met")
        facts = [
            (_h(s.total_minutes), "uur gelogd"),
            (_h(s.confirmed_minutes), "uur bevestigd door een mentor"),
            (f"{met}/{len(s.rules)}", "regels voldaan"),
            (f"{sum(c.signed for c in comps)}/{len(comps)}", "competenties afgetekend"),
            (f"{sum(c.covered for c in comps)}/{len(comps)}", "competenties gedekt"),
            (str(len(s.evidence)), "bewijsstukken"),
        ]
        big = ParagraphStyle(
            "fact",
            parent=st.big,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            alignment=1,
            spaceAfter=0,
        )
        small = ParagraphStyle("factl", parent=st.muted, alignment=1)
        w = BODY_W / len(facts)
        out.append(
            self.table(
                [[self.p(v, big) for v, _ in facts], [self.p(k, small) for _, k in facts]],
                [w] * len(facts),
                header=False,
                zebra=False,
                extra=[
                    ("GRID", (0, 0), (-1, -1), 0, colors.white),
                    ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                    ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ],
            )
        )
        out.append(Spacer(1, 3 * mm))
        unconfirmed = (
            " Uren zonder geldige handtekening (nog niet afgetekend, of gewijzigd na "
            "aftekening) tellen niet als bevestigd."
            if s.confirmed_minutes < s.total_minutes
            else ""
        )
        out.append(
            self.p(
                f"<b>{honest_total(s.total_minutes, s.confirmed_minutes)}.</b>{unconfirmed}",
                st.body,
            )
        )
        out.append(Spacer(1, 9 * mm))
        if self.variant == "evc":
            contents = [
                "Dekking van de competenties",
                "Competenties met bewijs",
                "Regels en uren",
                "Bijlagen: bewijsstukken en urenlog",
            ]
        else:
            contents = [
                "Overzicht: regels, uren en competenties",
                "Competenties en activiteiten",
                "Bijlagen: urenlog per stageplaats en bewijsstukken",
            ]
        out.append(self.p("Inhoud", st.h3))
        for i, line in enumerate(contents, 1):
            out.append(self.p(f"{i}. {line}", st.body))
        out.append(Spacer(1, 6 * mm))
        out.append(self.p(SEAL_NOTE, st.muted))
        out += [NextPageTemplate("later"), PageBreak()]
        self.tick()
        return out

    # overview: rules, hours, coverage -------------------------------------------------------
    def rules(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [self.p("Regels van de lijst", st.h2)]
        if not self.s.rules:
            out.append(self.p("Deze lijst heeft geen regels voor uren of aftekeningen.", st.muted))
            return out
        for note in self.s.list_notes:
            dropped = note.startswith("VERVALLEN")
            text = f"<b>⚠ {_x(note)}</b>" if dropped else _x(note)
            hex_colour = BAD.hexval() if dropped else MUTED.hexval()
            out.append(self.p(f"<font color='{hex_colour}'>{text}</font>", st.body))
        rows: list[list[Any]] = [["Status", "Regel en wat nog nodig is", "Voortgang"]]
        for r in self.s.rules:
            kind = "verplicht" if r.severity == "error" else "advies"
            if r.tag:
                kind += f" · {r.tag}"
            colour = OK if r.status == "met" else (BAD if r.severity == "error" else WARN)
            rows.append(
                [
                    self.p(f"<b>{_status(r)}</b>", st.cell),
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
        out.append(self.table(rows, [27 * mm, BODY_W - 27 * mm - 24 * mm, 24 * mm]))
        if self.s.result_line:
            out.append(Spacer(1, 2 * mm))
            out.append(self.p(f"<b>{_x(self.s.result_line)}</b>", st.body))
        self.tick()
        return out

    def hours(self) -> list[Flowable]:
        s, st = self.s, self.st
        out: list[Flowable] = [CondPageBreak(60 * mm), self.p("Uren per context", st.h2)]
        if not s.totals:
            out.append(self.p("Nog geen uren geregistreerd.", st.muted))
            self.tick()
            return out
        total = s.total_minutes
        rows: list[list[Any]] = [["Context", "Uren", "Aandeel"]]
        for t in s.totals:
            share = round(100 * t.minutes / total) if total else 0
            rows.append([self.p(_x(t.label), st.cell), _h(t.minutes), f"{share} %"])
        rows.append(["Totaal geregistreerd", _h(total), "100 %"])
        extra: list[tuple[Any, ...]] = [("ALIGN", (1, 0), (-1, -1), "RIGHT")]
        counted_row = s.counted_minutes != total and any(
            r.status != "not_evaluated" for r in s.rules
        )
        if counted_row:
            rows.append(["Getelde uren (volgens de regels)", _h(s.counted_minutes), ""])
            extra += [
                ("FONTNAME", (0, -1), (-1, -1), BOLD),
                ("BACKGROUND", (0, -2), (-1, -1), HEAD_BG),
                ("FONTNAME", (0, -2), (-1, -2), BOLD),
            ]
        out.append(
            self.table(
                rows, [BODY_W - 60 * mm, 30 * mm, 30 * mm], total_row=not counted_row, extra=extra
            )
        )
        if s.counted_minutes == total:
            out.append(Spacer(1, 2 * mm))
            out.append(
                self.p(
                    f"Alle {_h(total)} geregistreerde uren tellen mee voor de regels "
                    f"(getelde uren: {_h(s.counted_minutes)}).",
                    st.muted,
                )
            )
        out.append(Spacer(1, 4 * mm))
        out.append(HourBars([(t.label, t.minutes) for t in s.totals], BODY_W))
        out.append(self.p("Uren per context (in uur).", st.muted))
        self.tick()
        return out

    def coverage_table(self) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [
            CondPageBreak(40 * mm),
            self.p("Competenties per beroepskwalificatie", st.h2),
        ]
        rows: list[list[Any]] = [
            ["Beroepskwalificatie", "Competenties", "Afgetekend", "Met bewijs", "Met activiteit"]
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
        out.append(self.table(rows, widths, extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
        out.append(Spacer(1, 2 * mm))
        out.append(
            self.p(
                "Afgetekend: de mentor tekende de competentie af, of al haar activiteiten, op "
                "het niveau dat de lijst vraagt. Met bewijs: minstens één bewijsstuk is aan "
                "de competentie gekoppeld.",
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
        out: list[Flowable] = [CondPageBreak(50 * mm), self.p("Attesten", st.h2)]
        out.append(
            self.p(
                f"{done} van {len(s.attestations)} attesten hebben een bewijsstuk. Naast de "
                "competenties vraagt de beroepskwalificatie deze attesten. Het bewijsstuk is "
                "het attest zelf (een scan of foto); het zit in het portfolio-archief. De "
                "school of het EVC-testcentrum beoordeelt het document.",
                st.muted,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows: list[list[Any]] = [["Attest", "Status", "Bewijsstuk"]]
        for a in s.attestations:
            evidence = "<br/>".join(_x(name) for name in a.evidence) or "–"
            status = self.p(self._attestation_status(a), st.cell)
            rows.append([self._attestation_cell(a), status, self.p(evidence, st.cell)])
        out.append(self.table(rows, [BODY_W - 36 * mm - 48 * mm, 36 * mm, 48 * mm]))
        return out

    def _attestation_cell(self, a: AttestationLine) -> list[Flowable]:
        details = [x for x in (a.type, a.regulation) if x]
        details.append("gevraagd door " + ", ".join(a.bks))
        return [
            self.p(f"<b>{_x(a.text)}</b>", self.st.cell),
            self.p(_x(" · ".join(details)), self.st.cell_muted),
        ]

    @staticmethod
    def _attestation_status(a: AttestationLine) -> str:
        if a.done:
            return f"<font color='{OK.hexval()}'>✓ bewijsstuk toegevoegd</font>"
        return f"<font color='{BAD.hexval()}'>✗ nog geen bewijsstuk</font>"

    # evc: covered or not ---------------------------------------------------------------------
    def coverage_statement(self) -> list[Flowable]:
        s, st = self.s, self.st
        comps = s.competences
        covered = [c for c in comps if c.covered]
        out: list[Flowable] = [self.p("1. Dekking van de competenties", st.h1)]
        out.append(self.p(f"Gedekt: {len(covered)} van {len(comps)} competenties.", st.big))
        out.append(
            self.p(
                "Een competentie is gedekt als er minstens één bewijsstuk aan gekoppeld is of "
                "als een mentor ze (of al haar activiteiten) heeft afgetekend.",
                st.body,
            )
        )
        out.append(Spacer(1, 3 * mm))
        rows: list[list[Any]] = [["Beroepskwalificatie", "Gedekt", "Niet gedekt"]]
        for bk in s.bks:
            n = sum(c.covered for c in bk.competences)
            rows.append(
                [
                    self.p(_x(bk.label), st.cell),
                    f"{n} van {len(bk.competences)}",
                    str(len(bk.competences) - n),
                ]
            )
        out.append(
            self.table(
                rows,
                [BODY_W - 60 * mm, 30 * mm, 30 * mm],
                extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")],
            )
        )
        for bk in s.bks:
            yes = [c for c in bk.competences if c.covered]
            no = [c for c in bk.competences if not c.covered]
            out.append(CondPageBreak(30 * mm))
            out.append(self.p(_x(bk.label), st.h2))
            out.append(self.p(f"<b>Gedekt ({len(yes)}):</b>", st.body))
            if yes:
                out.append(self._competence_list(yes, with_basis=True))
            else:
                out.append(self.p("nog geen", st.muted))
            out.append(Spacer(1, 2 * mm))
            out.append(self.p(f"<b>Niet gedekt ({len(no)}):</b>", st.body))
            if no:
                out.append(self._competence_list(no, with_basis=False))
            else:
                out.append(self.p("geen: alle competenties zijn gedekt", st.muted))
        out.append(Spacer(1, 5 * mm))
        if comps and len(covered) == len(comps):
            advice = (
                "Alle competenties zijn gedekt. Het EVC-testcentrum kan op basis van dit "
                "portfolio de volledige beroepskwalificatie beoordelen (bewijs van "
                "beroepskwalificatie)."
            )
        else:
            advice = (
                "Ook als de volledige beroepskwalificatie nog niet binnen bereik is, kan de "
                "kandidaat voor de gedekte competenties al een beoordeling vragen bij een "
                "erkend EVC-testcentrum; een bewijs van competenties volgt pas na die "
                "beoordeling. De niet gedekte competenties kunnen later aangevuld worden."
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

    def _competence_list(self, comps: Sequence[CompetenceLine], *, with_basis: bool) -> Table:
        st = self.st
        rows: list[list[Any]] = []
        for c in comps:
            basis = ""
            if with_basis:
                parts = []
                if c.evidence_count:
                    parts.append(_nl_count(c.evidence_count, "bewijsstuk", "bewijsstukken"))
                if c.signed:
                    parts.append("afgetekend")
                basis = ", ".join(parts)
            rows.append(
                [
                    self.p(f"C{c.nr}", st.cell),
                    self.p(_x(c.title), st.cell),
                    self.p(basis, st.cell_muted),
                ]
            )
        return self.table(
            rows,
            [12 * mm, BODY_W - 12 * mm - 38 * mm, 38 * mm],
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
        title = (
            "2. Competenties met bewijs" if evidence_first else "2. Competenties en activiteiten"
        )
        out: list[Flowable] = [PageBreak(), self.p(title, st.h1)]
        levels = ", ".join(f"{v} = {label}" for v, label in self.s.levels)
        if levels:
            out.append(self.p(f"Niveaus: {_x(levels)}.", st.muted))
        for bk in self.s.bks:
            out += self.bk_block(bk, evidence_first=evidence_first)
        return out

    def bk_block(self, bk: BKGroup, *, evidence_first: bool) -> list[Flowable]:
        st = self.st
        out: list[Flowable] = [
            CondPageBreak(50 * mm),
            self.p(
                f"{_x(bk.title)} <font size='9' color='{MUTED.hexval()}'>"
                f"{bk.code} · VKS-niveau {bk.vks_level}</font>",
                st.h2,
            ),
        ]
        shown = [c for c in bk.competences if c.covered or c.activities]
        rest = [c for c in bk.competences if not (c.covered or c.activities)]
        if not shown:
            out.append(self.p("Nog geen activiteiten, aftekeningen of bewijsstukken.", st.muted))
        for c in shown:
            # Keep a competence's heading with its first lines (KeepTogether would lay out
            # every block twice).
            out.append(CondPageBreak(min(70.0, 30.0 + 16.0 * len(c.activities)) * mm))
            out += self.competence_block(c, evidence_first=evidence_first)
            self.tick()
        if rest and evidence_first:  # listed in full under "Dekking van de competenties"
            numbers = ", ".join(f"C{c.nr}" for c in rest)
            out.append(Spacer(1, 2 * mm))
            out.append(self.p(f"<b>Niet gedekt</b> ({len(rest)}): {numbers}.", st.body))
            self.tick(len(rest))
        elif rest:
            out.append(Spacer(1, 2 * mm))
            label = "Nog open"
            out.append(
                self.p(
                    f"<b>{label}</b> (nog geen activiteit, aftekening of bewijsstuk): "
                    f"{_nl_count(len(rest), 'competentie', 'competenties')}",
                    st.body,
                )
            )
            out.append(self._competence_list(rest, with_basis=False))
            self.tick(len(rest))
        return out

    def _signoff_text(self, so: SignOffLine) -> str:
        refused = so.decision == "refuse"
        parts = [
            "<b>niet akkoord</b>"
            if refused
            else (f"niveau {so.level} ({_x(so.level_label)})" if so.level is not None else "")
        ]
        name = _x(so.mentor_name) + ("" if so.name_confirmed else " (naam niet bevestigd)")
        parts.append(f"door {name}" if so.mentor_name else "")
        parts.append(f"op {_d(so.day)}" if so.day else "")
        text = " ".join(p for p in parts if p)
        if so.fact:
            text += f"<br/><font color='{MUTED.hexval()}'>{_x(so.fact)}</font>"
        if so.signature_status and so.signature_status != "valid":
            text += "<br/>" + _signature_status(so.signature_status)
        if so.comment:
            label = "Reden: " if refused else ""
            text += f"<br/><i>{label}“{_x(so.comment)}”</i>"
        return text

    def competence_block(self, c: CompetenceLine, *, evidence_first: bool) -> list[Flowable]:
        st = self.st
        state = []
        if c.signed:
            state.append(f"<font color='{OK.hexval()}'>✓ afgetekend</font>")
        if c.evidence_count:
            state.append(_nl_count(c.evidence_count, "bewijsstuk", "bewijsstukken"))
        state.append(
            f"{len({a.activity_id for a in c.activities})} van {c.activity_count} "
            "activiteiten geoefend"
        )
        head = self.table(
            [
                [
                    self.p(f"<b>C{c.nr}</b>", st.cell),
                    self.p(f"<b>{_x(c.title)}</b>", st.cell),
                    self.p(" · ".join(state), st.cell_muted),
                ]
            ],
            [12 * mm, BODY_W - 12 * mm - 55 * mm, 55 * mm],
            header=False,
            zebra=False,
            extra=[
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ],
        )
        out: list[Flowable] = [Spacer(1, 3 * mm), head]
        details: list[list[Any]] = []
        evidence_row = [
            self.p("Bewijsstukken", st.cell_muted),
            self.p(", ".join(_x(n) for n in c.evidence), st.cell),
        ]
        if evidence_first and c.evidence:
            details.append(evidence_row)
        if c.signoff is not None:
            details.append(
                [
                    self.p("Competentie afgetekend", st.cell_muted),
                    self.p(self._signoff_text(c.signoff), st.cell),
                ]
            )
        if not evidence_first and c.evidence:
            details.append(evidence_row)
        if details:
            out.append(
                self.table(
                    details,
                    [37 * mm, BODY_W - 37 * mm],
                    header=False,
                    zebra=False,
                    extra=[("LINEABOVE", (0, 0), (-1, 0), 0, colors.white)],
                )
            )
        if c.activities:
            rows: list[list[Any]] = [["Activiteit en reflectie", "Voorgesteld", "Mentor"]]
            for a in c.activities:
                what: list[Flowable] = [self.p(_x(a.text), st.cell)]
                if a.reflection.strip():
                    what.append(self.p(_x(truncate(a.reflection)), st.reflection))
                if a.evidence:
                    what.append(
                        self.p("Bewijs: " + ", ".join(_x(n) for n in a.evidence), st.cell_muted)
                    )
                proposed = self.p(
                    f"niveau {a.proposed_level}<br/>"
                    f"<font color='{MUTED.hexval()}'>{_x(a.proposed_label)}<br/>"
                    f"{_d(a.day)}</font>",
                    st.cell,
                )
                mentor = (
                    self.p(self._signoff_text(a.signoff), st.cell)
                    if a.signoff is not None
                    else "nog niet afgetekend"
                )
                rows.append([what, proposed, mentor])
            out.append(
                self.table(
                    rows,
                    [BODY_W - 34 * mm - 50 * mm, 34 * mm, 50 * mm],
                    zebra=False,
                    extra=[
                        ("FONTSIZE", (0, 0), (-1, -1), 7.8),
                        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                    ],
                )
            )
        return out

    # appendix ---------------------------------------------------------------------------------
    def hour_log(self, title: str) -> list[Flowable]:
        s, st = self.s, self.st
        out: list[Flowable] = [PageBreak(), self.p(title, st.h1)]
        if not any(p.hours for p in s.placements):
            out.append(self.p("Nog geen uren geregistreerd.", st.muted))
        for p in s.placements:
            if not p.hours and not p.organisation:
                continue
            out += self.placement_block(p)
        self.tick()
        return out

    def placement_block(self, p: PlacementLine) -> list[Flowable]:
        st = self.st
        name = p.organisation or "Uren zonder stageplaats"
        meta = [p.context_label] if p.context_label else []
        if p.start is not None:
            meta.append(f"{_d(p.start)} – {_d(p.end)}")
        meta.append(f"mentor: {p.mentor_name}" if p.mentor_name else "geen mentor ingevuld")
        meta.append(f"{_h(p.minutes)} uur")
        out: list[Flowable] = [
            CondPageBreak(35 * mm),
            self.p(_x(name), st.h2),
            self.p(_x(" · ".join(meta)), st.muted),
            Spacer(1, 2 * mm),
        ]
        if not p.hours:
            out.append(self.p("Geen uren op deze stageplaats.", st.muted))
            return out
        rows: list[list[Any]] = [["Datum", "Context", "Uren", "Notitie"]]
        note_w = BODY_W - 79 * mm
        for h in p.hours:
            note: Any = self.fit(h.note, note_w) if h.note else ""
            if h.signature_status:
                mark = {
                    "valid": f"✓ ondertekend door {_x(h.signature_note)}",
                    "changed": "<b>⚠ gewijzigd na aftekening</b>",
                    "invalid": "<b>✗ ongeldige handtekening</b>",
                    "unsigned": "<b>✗ zonder handtekening</b>",
                    "refused": f"<b>✗ niet akkoord</b> ({_x(h.signature_note)})",
                }.get(h.signature_status, "")
                colour = OK if h.signature_status == "valid" else BAD
                text = f"<font color='{colour.hexval()}'>{mark}</font>"
                if h.note:
                    text = f"{_x(h.note)}<br/>{text}"
                note = self.p(text, st.cell)
            rows.append([_d(h.day), self.fit(h.context_label, 42 * mm), _h(h.minutes), note])
        rows.append(["Totaal", "", _h(p.minutes), ""])
        out.append(
            self.table(
                rows,
                [22 * mm, 42 * mm, 15 * mm, BODY_W - 79 * mm],
                total_row=True,
                extra=[("ALIGN", (2, 0), (2, -1), "RIGHT")],
            )
        )
        return out

    def evidence_index(self, title: str) -> list[Flowable]:
        s, st = self.s, self.st
        out: list[Flowable] = [PageBreak(), self.p(title, st.h1)]
        if not s.evidence:
            out.append(self.p("Nog geen bewijsstukken toegevoegd.", st.muted))
            self.tick()
            return out
        out.append(
            self.p(
                "Elk bewijsstuk zit in het portfolio-archief. De SHA-256-vingerafdruk laat "
                "nagaan dat een bestand niet gewijzigd is sinds het werd toegevoegd.",
                st.muted,
            )
        )
        out.append(Spacer(1, 2 * mm))
        rows: list[list[Any]] = [["Nr", "Bewijsstuk", "Type en datum", "Gekoppeld aan"]]
        for i, e in enumerate(s.evidence, 1):
            kind = self.p(f"{_x(e.type_label)}<br/>{_d(e.day)}", st.cell)
            targets = [*e.competences, *(f"Attest: {a}" for a in e.attestations)]
            linked = self.p("<br/>".join(_x(c) for c in targets) or "–", st.cell)
            rows.append([str(i), self._evidence_cell(e), kind, linked])
        out.append(
            self.table(rows, [8 * mm, BODY_W - 8 * mm - 27 * mm - 35 * mm, 27 * mm, 35 * mm])
        )
        self.tick()
        return out

    def _evidence_cell(self, e: EvidenceLine) -> list[Flowable]:
        st = self.st
        cell: list[Flowable] = [self.p(f"<b>{_x(e.name)}</b>", st.cell)]
        if e.description:
            cell.append(self.p(_x(e.description), st.cell_muted))
        cell.append(self.p(f"SHA-256:<br/>{e.sha256}", st.hash))
        return cell

    def signatures(self, title: str) -> list[Flowable]:
        """Each signing mentor's key fingerprint, then every signed item with its code."""
        s, st = self.s, self.st
        out: list[Flowable] = [PageBreak(), self.p(title, st.h1)]
        out.append(
            self.p(
                "Een mentor tekent digitaal af met een eigen sleutel (Ed25519). Een school "
                "bevestigt een mentor door de mentorkaart (naam en sleutel) te ondertekenen met "
                "de schoolsleutel. Deze bijlage vermeldt feiten, geen oordeel: of een "
                "schoolsleutel echt van de school is, gaat de ontvanger zelf na. Vergelijk de "
                "vingerafdruk met die van de school, of gebruik: stageportfolio verify "
                "BESTAND.pdf --trust SCHOOL.pub",
                st.muted,
            )
        )
        out.append(self.p("Mentors en hun sleutel", st.h2))
        mentors: dict[tuple[str, str], tuple[str, str]] = {}
        for sig in s.signatures:
            if not sig.fingerprint:
                continue
            name = sig.mentor if sig.name_confirmed else f"{sig.mentor} (naam niet bevestigd)"
            key = (name, sig.fingerprint)
            if sig.school_fingerprint or key not in mentors:
                mentors[key] = (sig.school_fingerprint, sig.school_name)
        methods = {(s.mentor, s.fingerprint): s.method for s in s.signatures}
        rows: list[list[Any]] = [["Mentor", "Sleutel", "Mentorkaart"]]
        for (mentor, fingerprint), (school_fp, school_name) in mentors.items():
            school = (
                f"ondertekend door schoolsleutel {school_fp} ({_x(school_name)}): vergelijk "
                "met de vingerafdruk van de school"
                if school_fp
                else "niet bevestigd door een school"
            )
            method = methods.get((mentor.removesuffix(" (naam niet bevestigd)"), fingerprint))
            if method == "paper":
                school = (
                    f"papieren aftekening (aftekenblad met code {fingerprint}): zwakker dan een "
                    "sleutel of eID, de app kan een handtekening op papier niet nakijken"
                )
            elif method == "eid":
                school = f"gekwalificeerde handtekening (eID); {school}"
            rows.append([self.p(_x(mentor), st.cell), fingerprint, self.p(school, st.cell)])
        out.append(self.table(rows, [55 * mm, 50 * mm, BODY_W - 105 * mm]))
        changed = sum(1 for sig in s.signatures if sig.status not in ("valid", "history"))
        out.append(self.p("Afgetekende items", st.h2))
        if changed:
            warning = (
                "1 aftekening telt niet: gewijzigd na aftekening, zonder handtekening of met een "
                "ongeldige handtekening."
                if changed == 1
                else f"{changed} aftekeningen tellen niet: gewijzigd na aftekening, zonder "
                "handtekening of met een ongeldige handtekening."
            )
            out.append(
                self.p(
                    f"<font color='{BAD.hexval()}'><b>⚠ {warning}</b></font>",
                    st.body,
                )
            )
            out.append(Spacer(1, 2 * mm))
        rows = [["Item", "Mentor", "Code", "Status"]]
        for sig in s.signatures:
            status = _signature_status(sig.status)
            if sig.decision == "refuse":
                status = f"<b>niet akkoord</b>: {_x(sig.comment)}<br/>{status}"
            rows.append(
                [
                    self.fit(sig.label, BODY_W - 105 * mm),
                    self.fit(sig.mentor, 38 * mm),
                    sig.code,
                    self.p(status, st.cell),
                ]
            )
        out.append(self.table(rows, [BODY_W - 105 * mm, 38 * mm, 22 * mm, 45 * mm]))
        return out

    # whole documents ----------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        st = self.st
        out = self.cover()
        if self.variant == "evc":
            out += self.coverage_statement()
            out += self.attestations()
            out += self.competences(evidence_first=True)
            out += [PageBreak(), self.p("3. Regels en uren", st.h1)]
            out += self.rules()
            if self.s.totals:
                out += self.hours()
            out += self.evidence_index("Bijlage A. Overzicht van de bewijsstukken")
            if any(p.hours for p in self.s.placements):
                out += self.hour_log("Bijlage B. Urenlog per stageplaats")
            if self.s.signatures:
                out += self.signatures("Bijlage C. Handtekeningen")
        else:
            out += [self.p("1. Overzicht", st.h1)]
            out += self.hours()
            out += self.rules()
            out += self.coverage_table()
            out += self.attestations()
            out += self.competences(evidence_first=False)
            out += self.hour_log("Bijlage A. Urenlog per stageplaats")
            out += self.evidence_index("Bijlage B. Overzicht van de bewijsstukken")
            if self.s.signatures:
                out += self.signatures("Bijlage C. Handtekeningen")
        return out


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
    title = "EVC-portfolio" if variant == "evc" else "Stageportfolio"
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
        lang="nl-BE",
        initialFontName=REGULAR,
        initialFontSize=9.5,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        BODY_W,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame]),
            PageTemplate(id="later", frames=[frame], onPage=_header(snapshot, title)),
        ]
    )
    story = builder.story()
    footer = f"{owner.name} · {title} · afgedrukt op {_long(snapshot.printed)}"
    doc.build(story, canvasmaker=_canvas_factory(footer))
    builder.finish()
    return buffer.getvalue()
