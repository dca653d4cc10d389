"""A section that is still to come: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stageportfolio.portfolio import PortfolioService
from stageportfolio.ui.sections.base import Section


class PortfolioPdfSection(Section):
    def __init__(
        self, service: PortfolioService, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, undo, parent)
        label = QLabel(
            self.tr(
                "Hier maak je binnenkort het portfolio als PDF, voor de school of het "
                "EVC-testcentrum. Tot dan: exporteer je uren via Bestand > Uren exporteren."
            )
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def title(self) -> str:
        return self.tr("Portfolio")
