"""The table of evidence (bewijsstukken), fed with plain rows via :meth:`set_rows`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from stageportfolio.ui.models.rowtable import RowTableModel


@dataclass(frozen=True)
class EvidenceRow:
    id: str
    name: str  # the original file name
    kind: str  # "PDF", "afbeelding", ...
    day: str  # "23/11/2026"
    description: str
    linked: str  # "C11, C13"
    stored_name: str = ""


class EvidenceModel(RowTableModel):
    COL_NAME, COL_KIND, COL_DAY, COL_DESCRIPTION, COL_LINKED = range(5)
    COLUMN_COUNT = 5
    StoredNameRole = Qt.ItemDataRole.UserRole + 2

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("EvidenceModel", "Naam"),
            QCoreApplication.translate("EvidenceModel", "Type"),
            QCoreApplication.translate("EvidenceModel", "Datum"),
            QCoreApplication.translate("EvidenceModel", "Beschrijving"),
            QCoreApplication.translate("EvidenceModel", "Gekoppeld aan"),
        )

    def cell(self, row: EvidenceRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.DisplayRole and column == self.COL_LINKED and not row.linked:
                return QCoreApplication.translate("EvidenceModel", "nog niet gekoppeld")
            return (row.name, row.kind, row.day, row.description, row.linked)[column]
        if role == self.StoredNameRole:
            return row.stored_name
        return None
