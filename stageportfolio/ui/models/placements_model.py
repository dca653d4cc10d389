"""The table of placements (stageplaatsen), fed with plain rows via :meth:`set_rows`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from stageportfolio.ui.models.rowtable import RowTableModel


@dataclass(frozen=True)
class PlacementRow:
    id: str
    organisation: str
    unit: str
    context: str  # the context's label, ready to show
    period: str  # "7/9/2026 – 30/10/2026"
    mentor: str
    hours: str  # "22,5"


class PlacementsModel(RowTableModel):
    COL_ORGANISATION, COL_UNIT, COL_CONTEXT, COL_PERIOD, COL_MENTOR, COL_HOURS = range(6)
    COLUMN_COUNT = 6

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("PlacementsModel", "Organisatie"),
            QCoreApplication.translate("PlacementsModel", "Afdeling"),
            QCoreApplication.translate("PlacementsModel", "Context"),
            QCoreApplication.translate("PlacementsModel", "Periode"),
            QCoreApplication.translate("PlacementsModel", "Mentor"),
            QCoreApplication.translate("PlacementsModel", "Uren"),
        )

    def cell(self, row: PlacementRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (row.organisation, row.unit, row.context, row.period, row.mentor, row.hours)
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
