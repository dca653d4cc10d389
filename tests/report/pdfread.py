"""Reading real PDFs back as a reader sees them: text per page (pdftotext), every word with its
box (pdftotext -bbox), the outline and the annotations (pikepdf)."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pikepdf

PAGE_H = 841.89
BODY_TOP = 24 * 72 / 25.4  # MARGIN_TOP in points
BODY_BOTTOM = PAGE_H - 20 * 72 / 25.4  # MARGIN_BOTTOM, from the top


@dataclass(frozen=True)
class Word:
    page: int  # 1-based
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float
    text: str


def pages_text(path: Path, *, layout: bool = True) -> list[str]:
    """The text of each page, in order (pdftotext separates pages with a form feed)."""
    args = ["pdftotext", *(["-layout"] if layout else ["-raw"]), str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def flat(text: str) -> str:
    """Whitespace as single spaces: text that wrapped over lines reads as one line."""
    return " ".join(text.split())


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(path: Path) -> list[Word]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: list[Word] = []
    for number, page in enumerate(out.split("<page ")[1:], 1):
        for x0, y0, x1, y1, text in _WORD.findall(page):
            found.append(
                Word(number, float(x0), float(y0), float(x1), float(y1), html.unescape(text))
            )
    return found


def body_words(path: Path) -> list[Word]:
    """The words between the header and the footer."""
    return [w for w in words(path) if w.y0 > BODY_TOP - 2 and w.y1 < BODY_BOTTOM + 2]


def outline(path: Path) -> list[tuple[int, str, int]]:
    """Every outline entry as (level, title, 1-based page it opens)."""
    entries: list[tuple[int, str, int]] = []
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: n for n, page in enumerate(pdf.pages, 1)}

        def walk(items: list[pikepdf.OutlineItem], level: int) -> None:
            for item in items:
                dest = item.destination
                target = dest[0].objgen if isinstance(dest, pikepdf.Array) else None
                entries.append((level, item.title, pages.get(target, 0)))
                walk(item.children, level + 1)

        with pdf.open_outline() as tree:
            walk(tree.root, 0)
    return entries


def annotations(path: Path) -> list[tuple[int, dict[str, object]]]:
    """Every annotation as (1-based page, its keys read out: subtype, rect, the name and
    object of the file it opens, its link destination's page)."""
    out: list[tuple[int, dict[str, object]]] = []
    with pikepdf.open(path) as pdf:
        pages = {page.objgen: n for n, page in enumerate(pdf.pages, 1)}
        for n, page in enumerate(pdf.pages, 1):
            for annot in page.obj.get("/Annots", pikepdf.Array()):
                spec = annot.get("/FS")
                dest = annot.get("/Dest")
                out.append(
                    (
                        n,
                        {
                            "subtype": str(annot.Subtype),
                            "rect": [float(v) for v in annot.Rect],
                            "file": str(spec.UF) if spec is not None else None,
                            "spec": spec.objgen if spec is not None else None,
                            "to_page": pages.get(dest[0].objgen)
                            if isinstance(dest, pikepdf.Array)
                            else None,
                        },
                    )
                )
    return out
