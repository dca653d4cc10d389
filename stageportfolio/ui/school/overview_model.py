"""The overview table: one row per student (``core.schoolview.OverviewRow``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import format_hours
from stageportfolio.core.schoolview import OverviewRow
from stageportfolio.ui.models.rowtable import RowTableModel

WARN = QColor("#FCE9E6")


class SchoolOverviewModel(RowTableModel):
    (NAME, CLASS, PROGRAMME, LIST, HOURS, CONTEXTS, UNMET, FORECAST, CONFIRMED, SIGNATURES,
     EXPORTED) = range(11)  # fmt: skip
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, contexts: ContextRegistry, parent: Any = None) -> None:
        super().__init__(parent)
        self.contexts = contexts

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SchoolOverviewModel", "Naam"), QCoreApplication.translate("SchoolOverviewModel", "Klas"), QCoreApplication.translate("SchoolOverviewModel", "Studierichting"), QCoreApplication.translate("SchoolOverviewModel", "Lijst"), QCoreApplication.translate("SchoolOverviewModel", "Uren"),
            QCoreApplication.translate("SchoolOverviewModel", "Uren per context"), QCoreApplication.translate("SchoolOverviewModel", "Open regels"), QCoreApplication.translate("SchoolOverviewModel", "Tempo"), QCoreApplication.translate("SchoolOverviewModel", "Bevestigd"),
            QCoreApplication.translate("SchoolOverviewModel", "Handtekeningen"), QCoreApplication.translate("SchoolOverviewModel", "Laatste export"),
        )  # fmt: skip

    def row_of(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.portfolio_id == row_id), -1)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == self.IdRole and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].portfolio_id
        return super().data(index, role)

    def signatures(self, row: OverviewRow) -> str:
        trust = row.trust
        parts = []
        if trust.invalid_signatures:
            parts.append(
                QCoreApplication.translate("SchoolOverviewModel", "{0} ongeldig").format(
                    trust.invalid_signatures
                )
            )
        if trust.changed_signatures:
            parts.append(
                QCoreApplication.translate(
                    "SchoolOverviewModel", "{0} gewijzigd na aftekening"
                ).format(trust.changed_signatures)
            )
        if trust.untrusted_signatures:
            parts.append(
                QCoreApplication.translate(
                    "SchoolOverviewModel", "{0} niet-bevestigde sleutel"
                ).format(trust.untrusted_signatures)
            )
        return ", ".join(parts) or QCoreApplication.translate("SchoolOverviewModel", "in orde")

    def cell(self, row: OverviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNMET:
                return row.first_unmet or None
            if column == self.SIGNATURES:
                return "\n".join(row.notes) or None
            return self._display(row, column)
        warn = (column == self.FORECAST and row.behind) or (
            column == self.SIGNATURES and row.trust.invalid_signatures > 0
        )
        if role == Qt.ItemDataRole.BackgroundRole and warn:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HOURS, self.CONFIRMED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: OverviewRow, column: int) -> Any:
        if column == self.NAME:
            return row.name
        if column == self.CLASS:
            return row.class_name
        if column == self.PROGRAMME:
            return row.programme
        if column == self.LIST:
            return row.list_label
        if column == self.HOURS:
            required = row.required_minutes
            counted = format_hours(row.counted_minutes)
            return counted if required is None else f"{counted} / {format_hours(required)}"
        if column == self.CONTEXTS:
            return ", ".join(
                f"{self.contexts.label(c)} {format_hours(m)}"
                for c, m in sorted(row.context_minutes.items())
            )
        if column == self.UNMET:
            if not row.unmet_rules:
                return QCoreApplication.translate("SchoolOverviewModel", "alles voldaan")
            return f"{row.unmet_rules}: {row.first_unmet}"
        if column == self.FORECAST:
            when = f"{row.forecast:%d/%m/%Y}" if row.forecast else ""
            if row.behind:
                return (
                    QCoreApplication.translate("SchoolOverviewModel", "achter op schema")
                    + (f" ({when})" if when else "")
                ).strip()
            return when or QCoreApplication.translate("SchoolOverviewModel", "uren voldaan")
        if column == self.CONFIRMED:
            share = row.trust.confirmed_share
            return "" if share is None else f"{round(share * 100)} %"
        if column == self.SIGNATURES:
            return self.signatures(row)
        if column == self.EXPORTED:
            return f"{row.exported_at.astimezone():%d/%m/%Y}"
        return None

    def _sort(self, row: OverviewRow, column: int) -> Any:
        if column == self.HOURS:
            return row.counted_minutes
        if column == self.UNMET:
            return row.unmet_rules
        if column == self.FORECAST:
            return f"{0 if row.behind else 1}{row.forecast.isoformat() if row.forecast else '9999'}"
        if column == self.CONFIRMED:
            share = row.trust.confirmed_share
            return -1.0 if share is None else share
        if column == self.SIGNATURES:
            return -(row.trust.invalid_signatures * 1000 + row.trust.changed_signatures)
        if column == self.EXPORTED:
            return row.exported_at.isoformat()
        return str(self._display(row, column) or "").casefold()
