"""The overview table: one row per student (``core.schoolview.OverviewRow``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from stageportfolio.core.contexts import ContextRegistry
from stageportfolio.core.hours import format_hours
from stageportfolio.core.schoolview import OverviewRow
from stageportfolio.services.school_overview import OverviewPage
from stageportfolio.ui.models.rowtable import RowTableModel
from stageportfolio.ui.widgets import ui_language

WARN = QColor("#FCE9E6")


class SchoolOverviewModel(RowTableModel):
    # What a coordinator scans first comes first: hours, what a mentor confirmed, signatures,
    # pace; the long texts (rules, contexts, list) after.
    (NAME, CLASS, PROGRAMME, HOURS, CONFIRMED, SIGNATURES, FORECAST, UNMET, CONTEXTS, LIST,
     EXPORTED) = range(11)  # fmt: skip

    # Column -> the database's sort key (``store.school_store.overview``); None: not sortable.
    SORT_KEYS: ClassVar[dict[int, str]] = {
        NAME: "name", CLASS: "class", PROGRAMME: "programme", HOURS: "counted", UNMET: "unmet",
        FORECAST: "forecast", CONFIRMED: "confirmed", EXPORTED: "exported",
    }  # fmt: skip

    def __init__(
        self,
        contexts: ContextRegistry,
        parent: Any = None,
        list_titles_en: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.contexts = contexts
        # A shipped list's English title by its id ("verzorgende-zorgkundige"), for English mode.
        self.list_titles_en = dict(list_titles_en or {})
        self._loader: Callable[[int], OverviewPage] | None = None
        self.total = 0

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("SchoolOverviewModel", "Naam"),
            QCoreApplication.translate("SchoolOverviewModel", "Klas"),
            QCoreApplication.translate("SchoolOverviewModel", "Studierichting"),
            QCoreApplication.translate("SchoolOverviewModel", "Uren"),
            QCoreApplication.translate("SchoolOverviewModel", "Bevestigd"),
            QCoreApplication.translate("SchoolOverviewModel", "Handtekeningen"),
            QCoreApplication.translate("SchoolOverviewModel", "Tempo"),
            QCoreApplication.translate("SchoolOverviewModel", "Open regels"),
            QCoreApplication.translate("SchoolOverviewModel", "Uren per context"),
            QCoreApplication.translate("SchoolOverviewModel", "Lijst"),
            QCoreApplication.translate("SchoolOverviewModel", "Laatste export"),
        )

    # -- paging: the database sorts and filters; the model loads a screenful at a time -------

    def set_loader(self, loader: Callable[[int], OverviewPage]) -> None:
        """``loader(offset)`` gives the page from ``offset``; the first page is loaded now."""
        self._loader = loader
        page = loader(0)
        self.total = page.total
        self.set_rows(page.rows)

    def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loader is not None and len(self._rows) < self.total

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._loader is None:
            return
        page = self._loader(len(self._rows))
        if not page.rows:
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

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

    def list_label(self, row: OverviewRow) -> str:
        """The list a student is on, in the app's language: a shipped list by its English title
        in English mode; a list file the student brought by the name the file gives it."""
        title = self.list_titles_en.get(row.list_id) if ui_language() == "en" else None
        if title is None or row.list_source == "file":
            return row.list_label
        if row.variant_of:
            title += " " + QCoreApplication.translate(
                "SchoolOverviewModel", "(variant van {0})"
            ).format(row.variant_of)
        return title

    def cell(self, row: OverviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNMET:
                return row.unmet_text(ui_language()) or None
            if column == self.SIGNATURES:
                return "\n".join(row.notes_text(ui_language())) or None
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
            return self.list_label(row)
        if column == self.HOURS:
            required = row.required_minutes
            mark = "." if ui_language() == "en" else ","
            counted = format_hours(row.counted_minutes, decimal_mark=mark)
            if required is None:
                return counted
            return f"{counted} / {format_hours(required, decimal_mark=mark)}"
        if column == self.CONTEXTS:
            lang = ui_language()
            return ", ".join(
                f"{self.contexts.label(c, lang)} "
                f"{format_hours(m, decimal_mark='.' if lang == 'en' else ',')}"
                for c, m in sorted(row.context_minutes.items())
            )
        if column == self.UNMET:
            if not row.unmet_rules:
                return QCoreApplication.translate("SchoolOverviewModel", "alles voldaan")
            return f"{row.unmet_rules}: {row.unmet_text(ui_language())}"
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
