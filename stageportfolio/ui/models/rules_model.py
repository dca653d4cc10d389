"""The rules of a portfolio's list with their verdict, for the Overzicht table.

Fed with plain :class:`RuleRow` values through :meth:`RulesModel.set_rows`. The status is text
with a symbol ("✓ voldaan"), never colour alone; colour only repeats it. The message starts with
what to do; its source ("Bron: …") is behind the ℹ, in the tooltip (and read out with it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette

from stageportfolio.ui.widgets.colours import Status, status_colour

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RuleRow:
    rule_id: str
    status: str  # "met" | "unmet" | "not_evaluated"
    severity: str  # "error" | "warning"
    title: str
    progress: float  # 0.0 .. 1.0
    message: str
    # What the rule rests on ("regel van de school, strenger dan: …"); "" when not known.
    tag: str = ""
    # "Bron: …", for teachers: behind the ℹ (the tooltip, and the line under the table).
    source: str = ""


class RulesModel(QAbstractTableModel):
    STATUS, SEVERITY, TITLE, PROGRESS, MESSAGE = range(5)
    COLUMN_COUNT = 5

    ProgressRole = Qt.ItemDataRole.UserRole + 1  # float 0..1
    StatusRole = Qt.ItemDataRole.UserRole + 2  # raw status ("met", ...)
    RuleIdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RuleRow] = []

    def set_rows(self, rows: Sequence[RuleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RuleRow:
        return self._rows[row]

    # -- texts -------------------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        if status == "met":
            return self.tr("✓ voldaan")
        if status == "unmet":
            return self.tr("✗ nog niet")
        return self.tr("– niet beoordeeld")

    def severity_text(self, severity: str) -> str:
        return self.tr("verplicht") if severity == "error" else self.tr("advies")

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.STATUS:
                return self.status_text(row.status)
            if column == self.SEVERITY:
                return self.severity_text(row.severity)
            if column == self.TITLE:
                return f"{row.title}\n({row.tag})" if row.tag else row.title
            if column == self.PROGRESS:
                return self.tr("{0} %").format(round(row.progress * 100))
            if column == self.MESSAGE:
                if row.source and role == Qt.ItemDataRole.DisplayRole:
                    return f"{row.message} ℹ"
                return f"{row.message} {row.source}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.source or row.message
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            status: Status = "ok" if row.status == "met" else "error"
            if row.status not in ("met", "unmet"):
                status = "muted"
            return QBrush(status_colour(status, background=QPalette.ColorRole.Base))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.ProgressRole:
            return row.progress
        if role == self.StatusRole:
            return row.status
        if role == self.RuleIdRole:
            return row.rule_id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Status"),
            self.tr("Soort"),
            self.tr("Regel"),
            self.tr("Voortgang"),
            self.tr("Toelichting"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
