"""DejaVu Sans for every PDF: registered once, embedded always, as a family so ``<b>`` works."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from stageportfolio.core.shipped import shipped_file

FONTS_DIR = shipped_file("resources", "fonts")

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return the regular font's name."""
    global _done
    if _done:
        return REGULAR
    with _lock:
        if not _done:
            registered = set(pdfmetrics.getRegisteredFontNames())
            for name, filename in _FILES.items():
                if name not in registered:
                    pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
            # No bold oblique file ships: bold italic text prints bold.
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, OBLIQUE)
            addMapping(REGULAR, 1, 1, BOLD)
            _done = True
    return REGULAR
