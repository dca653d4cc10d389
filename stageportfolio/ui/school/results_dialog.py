"""What an import did, file by file: new, replaced, unchanged, older (skipped) or refused, with
the reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.services.school_import import FileOutcome
from stageportfolio.ui.widgets import ui_language

WARN = QColor("#FCE9E6")


class ImportResultsDialog(QDialog):
    def __init__(self, outcomes: Sequence[FileOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.setWindowTitle(self.tr("Importeren: resultaat"))
        self.resize(900, 420)
        labels = {
            "new": self.tr("nieuw"),
            "replaced": self.tr("vervangen"),
            "same": self.tr("ongewijzigd"),
            "older": self.tr("ouder, overgeslagen"),
            "refused": self.tr("geweigerd"),
        }
        counts = {key: sum(1 for o in outcomes if o.status == key) for key in labels}
        # Without a plural noun, so "1" and "4" read right in every language.
        summary = QLabel(
            self.tr(
                "Bestanden: {0}. Nieuw: {1}, vervangen: {2}, ongewijzigd: {3}, ouder "
                "(overgeslagen): {4}, geweigerd: {5}."
            ).format(
                len(outcomes), counts["new"], counts["replaced"], counts["same"],
                counts["older"], counts["refused"],
            )
        )  # fmt: skip
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importOutcomes")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Bestand"), self.tr("Leerling"), self.tr("Resultaat"),
                                   self.tr("Waarom")])  # fmt: skip
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 120)
        lang = ui_language()
        for outcome in outcomes:
            message = outcome.text(lang)
            item = QTreeWidgetItem(
                [outcome.path.name, outcome.learner, labels[outcome.status], message]
            )
            item.setToolTip(3, message)
            item.setToolTip(0, str(outcome.path))
            if outcome.status == "refused":
                for column in range(4):
                    item.setBackground(column, QBrush(WARN))
            self.tree.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
