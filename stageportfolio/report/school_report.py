"""The class report (school mode): one page header, then one row per student with the hours,
what is still open and how much a vouched mentor confirmed. Plain data in, PDF bytes out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from stageportfolio.report.fonts import BOLD, REGULAR, register_fonts

ACCENT = colors.HexColor("#1F5C7A")
MUTED = colors.HexColor("#666666")
GRID = colors.HexColor("#C8D3DA")
WARN = colors.HexColor("#FCE9E6")


@dataclass(frozen=True)
class ReportLine:
    name: str
    class_name: str
    programme: str
    list_label: str
    counted: str
    required: str
    contexts: str
    confirmed: str
    unmet: int
    first_unmet: str
    forecast: str
    behind: bool
    invalid: int
    changed: int
    exported: str


def render_class_report(
    lines: Sequence[ReportLine], *, title: str, school: str, subtitle: str, day: date
) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8, leading=10)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.5, textColor=MUTED)
    head = ParagraphStyle("head", parent=body, fontName=BOLD, textColor=colors.white)
    big = ParagraphStyle(
        "big", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT
    )
    buffer = io.BytesIO()
    pagesize = landscape(A4)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=title,
        author=school,
        initialFontName=REGULAR,
        initialFontSize=8,
        lang="nl-BE",
    )

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story = [
        p(title, big),
        p(
            f"{school} · {day.day}/{day.month}/{day.year} · {len(lines)} leerlingen"
            + (f" · {subtitle}" if subtitle else "")
        ),
        p(
            "Uren en activiteiten tellen enkel mee als ze afgetekend zijn door een mentor die de "
            "school bevestigde (schoolsleutel); ongeldige handtekeningen en wijzigingen na "
            "aftekening tellen niet.",
            small,
        ),
        Spacer(1, 4 * mm),
    ]
    header = ["Naam", "Klas", "Lijst", "Uren (vereist)", "Per context", "Bevestigd",
              "Open regels", "Verwacht", "Handtekeningen", "Export"]  # fmt: skip
    data = [[p(h, head) for h in header]]
    styles: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for number, line in enumerate(lines, start=1):
        first = line.first_unmet if len(line.first_unmet) <= 180 else line.first_unmet[:179] + "…"
        open_text = str(line.unmet) + (f": {first}" if first else "")
        signatures = []
        if line.invalid:
            signatures.append(f"{line.invalid} ongeldig")
        if line.changed:
            signatures.append(f"{line.changed} gewijzigd na aftekening")
        data.append(
            [
                p(line.name),
                p(line.class_name),
                p(line.list_label, small),
                p(f"{line.counted} ({line.required})" if line.required else line.counted),
                p(line.contexts, small),
                p(line.confirmed),
                p(open_text, small),
                p(line.forecast + (" (achter op schema)" if line.behind else "")),
                p(", ".join(signatures) or "in orde"),
                p(line.exported),
            ]
        )
        if line.behind or line.invalid:
            styles.append(("BACKGROUND", (0, number), (-1, number), WARN))
    widths = [34, 14, 32, 20, 38, 16, 58, 22, 22, 17]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle(styles))
    story.append(table)

    def footer(canvas, doc_) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(12 * mm, 7 * mm, f"{title} – {school}")
        canvas.drawRightString(pagesize[0] - 12 * mm, 7 * mm, f"pagina {doc_.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
