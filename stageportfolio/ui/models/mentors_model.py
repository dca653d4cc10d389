"""The table of mentors, fed with plain rows via :meth:`set_rows`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from stageportfolio.ui.models.rowtable import RowTableModel


@dataclass(frozen=True)
class MentorRow:
    id: str
    name: str
    organisation: str
    sector: str  # the sector's label, ready to show ("social profit", "lokaal bestuur")
    email: str = ""


class MentorsModel(RowTableModel):
    COL_NAME, COL_ORGANISATION, COL_SECTOR = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("MentorsModel", "Naam"),
            QCoreApplication.translate("MentorsModel", "Organisatie"),
            QCoreApplication.translate("MentorsModel", "Sector"),
        )

    def cell(self, row: MentorRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.organisation, row.sector)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.email or None
        return None
