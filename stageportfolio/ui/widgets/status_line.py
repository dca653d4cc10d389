"""Labels that are always read in full: they wrap, and keep the height of all their lines (a
layout takes the room from a stretching neighbour, such as a list of items, instead)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WholeLabel(QLabel):
    """A word-wrapped label whose minimum height is the height of its wrapped text at its
    current width: a long text is never cut, however small the window is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._needed = 0

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def setText(self, text: str) -> None:
        super().setText(text)
        self._needed = 0
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Another width wraps into another number of lines: ask the layout again (once per
        # change, so a layout pass does not loop).
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self._needed:
            self._needed = needed
            self.updateGeometry()


class StatusLine(WholeLabel):
    """The outcome of an action, as plain text the user can select and copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


__all__ = ["StatusLine", "WholeLabel"]
