"""A window that fits the screen it is on, and comes back at the size it was left."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available(widget: QWidget) -> QRect:
    """The room on the widget's screen (without task bars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, key: str, default: QSize) -> None:
    """Restore the size and place saved under ``key`` (QSettings), else ``default``; then make
    sure the whole window is on the available screen: never larger, never off its edges."""
    saved = QSettings().value(key)
    restored = isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved))
    if not restored:
        window.resize(default)
    keep_on_screen(window, centre=not restored)


def keep_on_screen(window: QWidget, *, centre: bool = False) -> None:
    """Shrink and move the window so that it, with its frame, is wholly on the available
    screen. Before the first show the frame is not known yet: call it again once shown."""
    room = available(window)
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), room.width() - frame.width())
    height = min(window.height(), room.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    left = min(max(window.x(), room.left()), room.right() - window.frameGeometry().width() + 1)
    top = min(max(window.y(), room.top()), room.bottom() - window.frameGeometry().height() + 1)
    if centre:
        left = room.left() + (room.width() - window.frameGeometry().width()) // 2
        top = room.top() + (room.height() - window.frameGeometry().height()) // 2
    target = (max(left, room.left()), max(top, room.top()))
    if target != (window.x(), window.y()):
        window.move(*target)


__all__ = ["available", "fit_to_screen", "keep_on_screen"]
