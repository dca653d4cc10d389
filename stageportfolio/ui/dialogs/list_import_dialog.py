"""Bestand > Lijst importeren uit spreadsheet…: the school's own list as a variant.

The coordinator chooses the school's file (an ``.xlsx`` workbook, a CSV as Excel saves it, or
Moodle's competency framework export), the official list it adapts, an id and a title. The
dialog reads the file at once and shows either every problem (row and column, grouped) or a
preview: each competence with its activities (official ones with their official id, the
school's own new), the notes (what is left out, what keeps the BK's activities) and the rules,
which all come from the official list. "Opslaan…" writes the one file the pupils add with
Bestand > Lijst toevoegen…; it is also added to this app's lists when asked.

The student's main window and the school window open the same dialog; it only calls
``services.list_import``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.services.list_import import (
    ImportedList,
    ImportOptions,
    ListImportError,
    base_choices,
    import_list_file,
    save_imported_list,
    suggested_id,
)
from stageportfolio.ui.widgets import list_title, own_data_problem, ui_language
from stageportfolio.ui.widgets.colours import error_style
from stageportfolio.ui.widgets.rules_table import RulesTable


class ListImportDialog(QDialog):
    def __init__(
        self,
        catalog: Any,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        school: str = "",
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.school = school
        self.lang = ui_language()
        self.path: Path | None = None
        self.imported: ImportedList | None = None
        self.problems: list[str] = []
        self.saved: Path | None = None
        self.added: Path | None = None
        self._id_edited = False
        self.setWindowTitle(self.tr("Lijst importeren uit spreadsheet"))
        self.resize(1100, 700)

        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr(".xlsx, .csv of een Moodle-export (CSV)"))
        choose = QPushButton(self.tr("&Kiezen…"))
        choose.setObjectName("importChooseFile")
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.base = QComboBox()
        self.base.setObjectName("importBase")
        self.base.setAccessibleName(self.tr("Basislijst"))
        for choice in base_choices(catalog):
            title = list_title(choice.title, choice.title_en)
            self.base.addItem(f"{title} ({choice.id})", choice.id)
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("importId")
        self.id_edit.setPlaceholderText(self.tr("bv. gezondheidszorg-sint-jozef"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("importTitle")
        self.title_edit.setPlaceholderText(self.tr("bv. Gezondheidszorg (Sint-Jozef)"))
        self.version = QSpinBox()
        self.version.setObjectName("importVersion")
        self.version.setRange(1, 999)
        self.moodle = QCheckBox(self.tr("Moodle-export (kolommen in de volgorde van Moodle)"))
        self.moodle.setObjectName("importMoodle")

        form = QFormLayout()
        file_label = QLabel(self.tr("&Bestand:"))
        file_label.setBuddy(choose)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("B&asislijst:"), self.base)
        form.addRow(self.tr("&Id van de schoollijst:"), self.id_edit)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Versie:"), self.version)
        form.addRow("", self.moodle)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("importProblems")
        self.problem_list.setAccessibleName(self.tr("Problemen in het bestand"))
        self.problem_list.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importActivities")
        self.tree.setHeaderLabels(
            [self.tr("Competentie / activiteit"), self.tr("Herkomst"), self.tr("Id")]
        )
        self.tree.setColumnWidth(0, 640)
        self.tree.setColumnWidth(1, 190)
        self.rules = RulesTable(lang=self.lang)
        self.rules.setObjectName("importRules")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree, self.tr("Activiteiten"))
        self.tabs.addTab(self.rules, self.tr("Regels (van de basislijst)"))

        self.add_box = QCheckBox(self.tr("Ook toevoegen aan mijn lijsten"))
        self.add_box.setObjectName("importAddToLists")
        self.add_box.setChecked(True)
        self.save_button = QPushButton(self.tr("&Opslaan…"))
        self.save_button.setObjectName("importSave")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_box)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.tabs, 3)
        layout.addLayout(bottom)
        self.problem_list.hide()
        self.tabs.hide()

        self.base.currentIndexChanged.connect(self._base_changed)
        self.id_edit.textEdited.connect(self._id_typed)
        self.id_edit.editingFinished.connect(self.check)
        self.title_edit.editingFinished.connect(self.check)
        self.version.valueChanged.connect(self.check)
        self.moodle.toggled.connect(self.check)
        self.summary.setText(escape(self.tr("Kies het bestand met de stagelijst van de school.")))
        if path is not None:
            self.set_file(path)

    # -- input ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Stagelijst van de school kiezen"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv);;Alle bestanden (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self._suggest_id()
        self.check()

    def set_base(self, list_id: str) -> None:
        index = self.base.findData(list_id)
        if index >= 0:
            self.base.setCurrentIndex(index)

    def _id_typed(self, _text: str) -> None:
        self._id_edited = True

    def _base_changed(self, _index: int) -> None:
        self._suggest_id()
        self.check()

    def _suggest_id(self) -> None:
        based_on = self.base.currentData()
        if self._id_edited or not based_on:
            return
        school = self.school or (self.path.stem if self.path else "school")
        self.id_edit.setText(suggested_id(str(based_on), school))

    # -- checking ------------------------------------------------------------------------------

    def check(self) -> None:
        self.imported = None
        self.problems = []
        self.save_button.setEnabled(False)
        if self.path is None or self.base.currentData() is None:
            return
        options = ImportOptions(
            list_id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip() or None,
            version=self.version.value(),
        )
        try:
            self.imported = import_list_file(
                self.path,
                self.catalog,
                based_on=str(self.base.currentData()),
                options=options,
                moodle=self.moodle.isChecked(),
            )
        except ListImportError as exc:
            self._show_problems(exc)
            return
        self._show_preview(self.imported)

    def _show_problems(self, exc: ListImportError) -> None:
        heading = exc.heading_in(self.lang)
        lines = exc.lines_in(self.lang)
        self.problems = [heading, *lines]
        self.summary.setText(
            f"<span style='{error_style()}'><b>{escape(heading)}</b></span><br>"
            + escape(self.tr("Verbeter het bestand en kies het opnieuw; er is niets opgeslagen."))
        )
        self.problem_list.clear()
        self.problem_list.addItems(lines)
        self.problem_list.setVisible(bool(lines))
        self.tabs.hide()

    def _show_preview(self, imported: ImportedList) -> None:
        alist = imported.alist
        spec = alist.spec
        text = self.tr(
            "Lijst {0} (versie {1}), een variant van {2}: {3} activiteiten, waarvan {4} officiële "
            "(met hun officiële id) en {5} eigen activiteiten van de school; {6} regels, alle "
            "van de basislijst."
        ).format(
            spec.title,
            spec.version,
            spec.based_on,
            imported.official + imported.own,
            imported.official,
            imported.own,
            len(spec.rules),
        )
        html = "<b>" + escape(self.tr("Het bestand is in orde.")) + "</b> " + escape(text)
        if imported.notes:
            html += "<ul>" + "".join(f"<li>{escape(n)}</li>" for n in imported.notes) + "</ul>"
        self.summary.setText(html)
        self.problem_list.hide()
        self._fill_tree(imported)
        self.rules.show_list(alist)
        self.tabs.show()
        self.save_button.setEnabled(True)

    def _fill_tree(self, imported: ImportedList) -> None:
        self.tree.clear()
        named = {item.competence for item in imported.alist.spec.activities}
        bks = imported.alist.bks
        official_ids = {a.id for bk in bks for c in bk.competences for a in c.activities}
        official = self.tr("officieel")
        school = self.tr("eigen activiteit")
        for bk, comp in imported.alist.competences():
            origin = self.tr("uit het bestand") if comp.id in named else self.tr("van de BK")
            parent = QTreeWidgetItem([f"C{comp.nr} {comp.title} ({bk.title})", origin, comp.id])
            self.tree.addTopLevelItem(parent)
            for act in comp.activities:
                kind = official if act.id in official_ids else school
                parent.addChild(QTreeWidgetItem([act.text, kind, act.id]))
            parent.setExpanded(comp.id in named)

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        if self.imported is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lijst opslaan"),
            f"{self.imported.alist.id}.toml",
            self.tr("Lijstbestanden (*.toml)"),
        )
        if not name:
            return
        out = Path(name)
        if out.suffix != ".toml":
            out = out.with_suffix(".toml")
        refused = own_data_problem(out)
        if refused:
            self.summary.setText(f"<span style='{error_style()}'><b>{escape(refused)}</b></span>")
            return
        try:
            self.added = save_imported_list(
                self.imported, out, self.catalog, add=self.add_box.isChecked()
            )
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.summary.setText(
                f"<span style='{error_style()}'><b>"
                + escape(self.tr("De lijst is niet opgeslagen: {0}").format(reason))
                + "</b></span>"
            )
            return
        self.saved = out
        self.accept()
