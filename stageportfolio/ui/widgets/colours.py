"""Status colours (error, warning, done) taken from the palette, so dark mode and high contrast
work: on a dark background the light shades, on a light one the dark shades, and the palette's
own text colour wherever a shade would not stand out enough (WCAG contrast 4.5:1). A status is
never told by colour alone: the text (✓, ✗, "Fout:", "Let op:") says it too.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

Status = Literal["error", "warning", "ok", "muted", "hint"]

# On a light background (dark shades) and on a dark one (light shades).
_ON_LIGHT = {"error": "#a4000f", "warning": "#7a4a00", "ok": "#1b6e20", "muted": "#5f6368"}
_ON_DARK = {"error": "#ff8a80", "warning": "#ffcc80", "ok": "#a5d6a7", "muted": "#bdbdbd"}
MIN_CONTRAST = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def status_colour(
    status: Status,
    palette: QPalette | None = None,
    background: QPalette.ColorRole = QPalette.ColorRole.Window,
) -> QColor:
    """The colour of a status text on ``background`` of ``palette`` (the app's by default)."""
    palette = palette or QGuiApplication.palette()
    text_role = (
        QPalette.ColorRole.Text
        if background == QPalette.ColorRole.Base
        else QPalette.ColorRole.WindowText
    )
    text = palette.color(text_role)
    if status == "hint":
        return text
    behind = palette.color(background)
    shades = _ON_DARK if behind.lightnessF() < 0.5 else _ON_LIGHT
    colour = QColor(shades[status])
    if contrast(colour, behind) < MIN_CONTRAST:
        return text
    return colour


def status_hex(status: Status, palette: QPalette | None = None) -> str:
    """The same colour as ``#rrggbb``, for rich text."""
    return status_colour(status, palette).name()


def set_status_colour(widget: QWidget, status: Status) -> None:
    """Colour a label's text for a status (``hint``: the palette's own text colour)."""
    parent = widget.parentWidget()
    base = parent.palette() if parent is not None else QGuiApplication.palette()
    palette = QPalette(widget.palette())
    colour = status_colour(status, base)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
    widget.setProperty("status", status)


def error_style() -> str:
    """``color: …;`` for an error in rich text (``<span style='…'>``)."""
    return f"color: {status_hex('error')};"


__all__ = ["Status", "contrast", "error_style", "set_status_colour", "status_colour", "status_hex"]
