"""The baseline of bench_pdf.py: the portfolio's tables as a plain ReportLab document.

Imports ReportLab and nothing of the app, so that as a process of its own it costs what a
plain ReportLab script costs:

    python benchmarks/plain_pdf.py TABLES.json OUT.pdf

TABLES.json (written by bench_pdf.py from the portfolio) holds the title, the font files and
the rows of each table; bench_pdf.py also calls :func:`render` in its own process.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

# Column widths per table (mm; None: the rest of the width) and which columns wrap.
LAYOUT: dict[str, tuple[tuple[float | None, ...], tuple[int, ...]]] = {
    "rules": ((None, 30), (0,)),
    "totals": ((None, 30), ()),
    "records": ((70, 15, None), (0, 2)),
    "hours": ((22, 42, 15, None), (1, 3)),
    "evidence": ((60, 22, None), (0, 2)),
}


def register(fonts: dict[str, str]) -> None:
    """Register the TTF fonts (name -> file) once per process, as the app does."""
    known = set(pdfmetrics.getRegisteredFontNames())
    for name, path in fonts.items():
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, path))


def render(tables: dict[str, Any]) -> bytes:
    """A4 document: the title, then each table of LAYOUT (a page break between the groups)."""
    regular, bold = tables["regular"], tables["bold"]
    register(tables["fonts"])
    cell = ParagraphStyle("c", fontName=regular, fontSize=8.5, leading=11)
    head = ParagraphStyle("h", fontName=bold, fontSize=14, leading=18)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, "#B9C4CE"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    width = A4[0] - 40 * mm
    story: list[Any] = [Paragraph(tables["title"], head)]
    for name, (widths, wrapped) in LAYOUT.items():
        fixed = sum(w * mm for w in widths if w is not None)
        columns = [width - fixed if w is None else w * mm for w in widths]
        header, *rows = tables[name]
        body = [
            [Paragraph(v, cell) if i in wrapped and v else v for i, v in enumerate(row)]
            for row in rows
        ]
        table = Table([header, *body], colWidths=columns, repeatRows=1)
        table.setStyle(style)
        story.append(table)
        if name in ("totals", "records", "hours"):
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=regular).build(story)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    tables = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).write_bytes(render(tables))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
