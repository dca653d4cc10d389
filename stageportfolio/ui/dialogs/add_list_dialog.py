"""Bestand > Lijst toevoegen…: check a list file (a school's variant) and add it.

The chosen TOML file is checked as ``validate-list`` checks it. With problems, every one is
shown with its file, line and field (in Dutch, as the list format speaks Dutch) and nothing is
added. When it is valid, the dialog shows what the list holds: for a variant, the list it is
based on, every rule (the federal ones and the school's, side by side) and every rule it leaves
out with the reason; "Toevoegen" then copies it into the user's lists folder, after which it
can be chosen for a portfolio and browsed under Help > Lijsten en regels bekijken.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.catalog import Catalog, ListFileError
from stageportfolio.services.lists import (
    ListAddRefused,
    ListPreview,
    install_list_file,
    preview_list_file,
)
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.widgets.colours import error_style
from stageportfolio.ui.widgets.rules_table import RulesTable, notes_html


class AddListDialog(QDialog):
    def __init__(self, catalog: Catalog, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.lang = ui_language()
        self.preview: ListPreview | None = None
        self.problems: list[str] = []
        self.added: Path | None = None
        self.setWindowTitle(self.tr("Lijst toevoegen: {0}").format(path.name))
        self.resize(1100, 600)

        self.summary = QLabel()
        self.summary.setObjectName("addListSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("addListProblems")
        self.problem_list.setAccessibleName(self.tr("Fouten in het lijstbestand"))
        self.problem_list.setWordWrap(True)
        self.rules = RulesTable(lang=self.lang)
        self.rules.setObjectName("addListRules")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.add_button.setObjectName("addListButton")
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.clicked.connect(self._add)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.rules, 1)
        layout.addWidget(self.buttons)
        self._check(catalog)

    # -- checking ------------------------------------------------------------------------------

    def _check(self, catalog: Catalog) -> None:
        try:
            self.preview = preview_list_file(self.path, catalog)
        except ListFileError as exc:
            self._show_problems([str(problem) for problem in exc.problems])
            return
        except ListAddRefused as exc:
            self._show_problems([str(exc)])
            return
        except OSError as exc:
            self._show_problems([f"{self.path}: {exc.strerror or exc}"])
            return
        self._show_preview(self.preview)

    def _show_problems(self, problems: list[str]) -> None:
        self.problems = problems
        count = len(problems)
        heading = self.tr(
            "{0} kan niet toegevoegd worden: %n probleem/problemen.", "", count
        ).format(self.path.name)
        self.summary.setText(f"<span style='{error_style()}'><b>{escape(heading)}</b></span><br>")
        self.summary.setText(
            self.summary.text()
            + escape(self.tr("Verbeter het bestand en kies het opnieuw; er is niets toegevoegd."))
        )
        self.problem_list.addItems(problems)
        self.problem_list.show()
        self.rules.hide()
        self.add_button.setEnabled(False)
        self.add_button.hide()

    def _show_preview(self, preview: ListPreview) -> None:
        self.problem_list.hide()
        if preview.bk is not None:
            bk = preview.bk
            text = self.tr("BK-bestand {0} {1}: {2} competenties.").format(
                bk.code, bk.title, len(bk.competences)
            )
            self.rules.hide()
        else:
            assert preview.alist is not None
            alist = preview.alist
            spec = alist.spec
            title = spec.title_en if self.lang == "en" and spec.title_en else spec.title
            counts = (len(spec.bks), len(alist.competence_ids()), len(spec.rules))
            text = self.tr("Lijst {0} (versie {1}): {2} BK's, {3} competenties, {4} regels.")
            text = text.format(title, spec.version, *counts)
            self.rules.show_list(alist)
        if preview.installed is not None:
            text += " " + self.tr("Deze lijst staat er al ({0}); er is niets te doen.").format(
                preview.installed
            )
            self.add_button.setEnabled(False)
        html = "<b>" + escape(self.tr("Het bestand is in orde.")) + "</b> " + escape(text)
        if preview.alist is not None:
            html += notes_html(preview.alist, self.lang)
        self.summary.setText(html)

    # -- adding --------------------------------------------------------------------------------

    def _add(self) -> None:
        if self.preview is None:
            return
        try:
            self.added = install_list_file(self.preview)
        except OSError as exc:
            self.summary.setText(
                f"<span style='{error_style()}'><b>"
                + escape(
                    self.tr("De lijst is niet toegevoegd: {0}").format(exc.strerror or str(exc))
                )
                + "</b></span>"
            )
            return
        self.accept()
