"""A list's rules as a table: each rule with its severity, what it rests on (federal
registration, the qualification, the school) and its source, then the base rules a school
variant leaves out, marked as such with the school's reason. Used by the list browser and by
Bestand > Lijst toevoegen…."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from stageportfolio.core.catalog import ActivityList
from stageportfolio.core.variants import list_notes, rule_tag, rule_title
from stageportfolio.ui.widgets.colours import status_colour, status_hex


class RulesTable(QTableWidget):
    TITLE, SEVERITY, BASIS, SOURCE = range(4)

    def __init__(self, parent: QWidget | None = None, *, lang: str = "nl") -> None:
        super().__init__(0, 4, parent)
        self.lang = lang
        self.setAccessibleName(self.tr("Regels"))
        headers = [self.tr("Regel"), self.tr("Soort"), self.tr("Basis"), self.tr("Bron")]
        self.setHorizontalHeaderLabels(headers)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.BASIS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.SOURCE, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(self.BASIS, 260)
        self.setColumnWidth(self.SOURCE, 300)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def severity_text(self, severity: str) -> str:
        return self.tr("verplicht") if severity == "error" else self.tr("advies")

    def _add_row(self, texts: list[str], colour: QBrush | None = None) -> list[QTableWidgetItem]:
        row = self.rowCount()
        self.insertRow(row)
        items = [QTableWidgetItem(text) for text in texts]
        for column, item in enumerate(items):
            if colour is not None:
                item.setForeground(colour)
            self.setItem(row, column, item)
        return items

    def show_list(self, alist: ActivityList) -> None:
        self.setRowCount(0)
        for rule in alist.spec.rules:
            title, _, _, source = self._add_row(
                [
                    rule_title(rule, self.lang),
                    self.severity_text(rule.severity),
                    rule_tag(alist, rule, self.lang),
                    rule.source,
                ]
            )
            title.setToolTip(f"{rule.id} ({rule.kind})")
            source.setToolTip(rule.source)
        if alist.variant is not None:
            red = QBrush(status_colour("error", background=QPalette.ColorRole.Base))
            for dropped in alist.variant.dropped:
                rule = dropped.rule
                title, _, basis, _ = self._add_row(
                    [
                        self.tr("VERVALLEN: {0}").format(rule_title(rule, self.lang)),
                        self.severity_text(rule.severity),
                        self.tr("laten vallen door de school: {0}").format(dropped.reason),
                        rule.source,
                    ],
                    red,
                )
                font = title.font()
                font.setStrikeOut(True)
                title.setFont(font)
                basis.setToolTip(dropped.reason)
        self.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        """Every row's texts, for tests and accessibility checks."""
        return [
            [_text(self.item(row, column)) for column in range(self.columnCount())]
            for row in range(self.rowCount())
        ]


def _text(item: QTableWidgetItem | None) -> str:
    return "" if item is None else item.text()


def notes_html(alist: ActivityList, lang: str) -> str:
    """The list's notes (variant, rules left out, counts_as, origin) as HTML lines; a rule left
    out is shown in red and bold, never by colour alone."""
    lines = []
    for note in list_notes(alist, lang):
        text = escape(note)
        if note.startswith(("VERVALLEN", "LEFT OUT")):
            text = f'<b><span style="color:{status_hex("error")}">⚠ {text}</span></b>'
        lines.append(text)
    return "".join(f"<br>{line}" for line in lines)
