"""Status colours come from the palette (issue 14.11): readable (WCAG 4.5:1) on a light, a
dark and a high-contrast palette; the pupil's screens hard-code no colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from stageportfolio.services.portfolio import PortfolioService
from stageportfolio.ui.widgets.colours import MIN_CONTRAST, contrast, status_colour

UI = Path(__file__).resolve().parents[2] / "stageportfolio" / "ui"


def palette(window: str, text: str) -> QPalette:
    out = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        out.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        out.setColor(role, QColor(text))
    return out


@pytest.mark.parametrize(
    ("window", "text"),
    [
        ("#f0f0f0", "#000000"),  # Windows' light default
        ("#2b2b2b", "#e0e0e0"),  # a dark mode
        ("#000000", "#ffff00"),  # Windows' high contrast black
        ("#ffffff", "#000000"),  # high contrast white
        ("#7f7f7f", "#000000"),  # a middle grey where no shade stands out
    ],
)
@pytest.mark.parametrize("status", ["error", "warning", "ok", "muted", "hint"])
def test_every_status_is_readable(window: str, text: str, status: str) -> None:
    colours = palette(window, text)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        shown = status_colour(status, colours, role)  # type: ignore[arg-type]
        assert contrast(shown, colours.color(role)) >= MIN_CONTRAST, (window, status)


def test_dark_mode_gives_light_shades(qtbot: QtBot, filled: PortfolioService) -> None:
    dark = palette("#202020", "#eeeeee")
    assert status_colour("error", dark).lightnessF() > 0.5
    assert status_colour("error", palette("#ffffff", "#000000")).lightnessF() < 0.5


_HARD = re.compile(
    r"#[0-9a-fA-F]{6}\b|QColor\(\"|Qt\.GlobalColor\.(red|green|darkRed|darkGreen|yellow)"
)


def test_the_pupils_screens_hard_code_no_colour() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative.startswith("school/") or relative in {
            "widgets/colours.py",  # the palette's shades live here
            "widgets/pdf_view.py",  # the grey backdrop behind PDF pages
        }:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _HARD.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []
