"""What every section of the main window has: the opened portfolio, the shared undo stack,
a ``changed`` signal after it saved something, and ``refresh()`` to reread what it shows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from stageportfolio.services.portfolio import PortfolioService


class Section(QWidget):
    """Base class of the main window's sections (Overzicht, Uren, Activiteiten, ...)."""

    changed = Signal()

    def __init__(
        self, service: PortfolioService, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.undo = undo

    def title(self) -> str:  # pragma: no cover - every section overrides it
        raise NotImplementedError

    def refresh(self) -> None:
        """Reread everything shown from the service."""

    def show_error(self, text: str) -> None:
        """A clear message in a dialog: never a traceback."""
        QMessageBox.warning(self, self.title(), text)
