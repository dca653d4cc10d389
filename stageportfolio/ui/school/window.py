"""The coordinator's window (school mode): every student in one overview, filtered by class,
programme, placement, mentor, "achter op schema" and "ongeldige handtekening"; exports dropped
on it (or chosen) are imported in the background; a double click opens a student read-only;
the Mentoren tab shows each mentor's pupils per day and vouches for mentor cards.

Everything goes through ``services.school_*``; nothing here knows SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stageportfolio.core.schoolview import OverviewFilter, OverviewRow
from stageportfolio.services import school_overview, school_reports
from stageportfolio.services.school_import import FileOutcome, import_file, walk
from stageportfolio.services.school_mode import School
from stageportfolio.ui.school.mentors import MentorsTab
from stageportfolio.ui.school.overview_model import SchoolOverviewModel
from stageportfolio.ui.widgets import ui_language
from stageportfolio.ui.worker import Worker


class SchoolWindow(QMainWindow):
    def __init__(self, school: School) -> None:
        super().__init__()
        self.school = school
        self.setObjectName("SchoolWindow")
        name = school.identity.name if school.identity else self.tr("school")
        self.setWindowTitle(self.tr("Stageportfolio – schooloverzicht – {0}").format(name))
        self.resize(1280, 780)
        self.setAcceptDrops(True)
        self.student_windows: list[QWidget] = []
        self.last_outcomes: list[FileOutcome] = []
        self.worker = Worker(self)
        self.worker.progress.connect(self._import_progress)
        self.worker.finished.connect(self._import_finished)
        self.worker.failed.connect(self._import_failed)

        titles_en = {
            alist.spec.id: alist.spec.title_en
            for alist in school.catalog.latest()
            if alist.spec.title_en
        }
        self.model = SchoolOverviewModel(school.catalog.contexts, self, titles_en)
        self.sort_key, self.descending = "name", False
        self.table = QTableView()
        self.table.setObjectName("schoolOverview")
        self.table.setAccessibleName(self.tr("Leerlingen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sorting is the database's: a click on a header asks it again, sorted.
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(SchoolOverviewModel.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.sort_by)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 150), (1, 55), (2, 150), (3, 80), (4, 75), (5, 190), (6, 125),
                              (7, 300), (8, 260), (9, 200), (10, 90)):  # fmt: skip
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.open_student(self._id_at(index)))

        self.class_filter = QComboBox()
        self.class_filter.setObjectName("classFilter")
        self.class_filter.setAccessibleName(self.tr("Klas"))
        self.programme_filter = QComboBox()
        self.programme_filter.setObjectName("programmeFilter")
        self.programme_filter.setAccessibleName(self.tr("Studierichting"))
        self.placement_filter = QLineEdit()
        self.placement_filter.setObjectName("placementFilter")
        self.placement_filter.setPlaceholderText(self.tr("stageplaats"))
        self.mentor_filter = QLineEdit()
        self.mentor_filter.setObjectName("mentorFilter")
        self.mentor_filter.setPlaceholderText(self.tr("mentor"))
        self.name_filter = QLineEdit()
        self.name_filter.setObjectName("nameFilter")
        self.name_filter.setPlaceholderText(self.tr("naam"))
        self.behind_filter = QCheckBox(self.tr("&Achter op schema"))
        self.behind_filter.setObjectName("behindFilter")
        self.invalid_filter = QCheckBox(self.tr("&Ongeldige handtekening"))
        self.invalid_filter.setObjectName("invalidFilter")
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)
        for combo in (self.class_filter, self.programme_filter):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        for edit in (self.placement_filter, self.mentor_filter, self.name_filter):
            edit.textChanged.connect(lambda *_: self._refresh_timer.start())
        for box in (self.behind_filter, self.invalid_filter):
            box.toggled.connect(lambda *_: self.refresh())
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Klas:"), self.class_filter),
            (self.tr("&Studierichting:"), self.programme_filter),
            (self.tr("Stage&plaats:"), self.placement_filter),
            (self.tr("&Mentor:"), self.mentor_filter),
            (self.tr("&Naam:"), self.name_filter),
        ):
            text = QLabel(label)
            text.setBuddy(widget)
            filters.addWidget(text)
            filters.addWidget(widget, 1)
        filters.addWidget(self.behind_filter)
        filters.addWidget(self.invalid_filter)

        self.hint = QLabel(
            self.tr(
                "Sleep de exports van je leerlingen (archieven en portfolio-PDF's, of een map "
                "zoals een Smartschool-download) naar dit venster om ze in te lezen. Dubbelklik "
                "een leerling om zijn portfolio te bekijken."
            )
        )
        self.hint.setObjectName("dropHint")
        self.hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)

        students = QWidget()
        layout = QVBoxLayout(students)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        self.mentors = MentorsTab(school, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("schoolTabs")
        self.tabs.addTab(students, self.tr("&Leerlingen"))
        self.tabs.addTab(self.mentors, self.tr("&Mentoren"))
        self.tabs.currentChanged.connect(
            lambda index: self.mentors.refresh() if index == 1 else None
        )
        self.setCentralWidget(self.tabs)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._build_menus()
        self._fill_choices()
        self.refresh()

    # -- the overview --------------------------------------------------------------------------

    def filters(self) -> OverviewFilter:
        return OverviewFilter(
            class_name=str(self.class_filter.currentData() or ""),
            programme=str(self.programme_filter.currentData() or ""),
            placement=self.placement_filter.text().strip(),
            mentor=self.mentor_filter.text().strip(),
            behind=self.behind_filter.isChecked(),
            invalid_signature=self.invalid_filter.isChecked(),
            search=self.name_filter.text().strip(),
        )

    def _fill_choices(self) -> None:
        choices = school_overview.filter_choices(self.school)
        for combo, key in ((self.class_filter, "classes"), (self.programme_filter, "programmes")):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("alle"), "")
            for value in choices[key]:
                combo.addItem(value, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        key = SchoolOverviewModel.SORT_KEYS.get(column)
        if key is None:  # a column the database does not sort by: keep the current order
            header = self.table.horizontalHeader()
            current = next(
                c for c, k in SchoolOverviewModel.SORT_KEYS.items() if k == self.sort_key
            )
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def _page(self, offset: int) -> school_overview.OverviewPage:
        return school_overview.overview_page(
            self.school, self.filters(), sort=self.sort_key, descending=self.descending,
            offset=offset,
        )  # fmt: skip

    @property
    def rows(self) -> list[OverviewRow]:
        """The rows loaded so far, in the order shown."""
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    def refresh(self) -> None:
        self.model.set_loader(self._page)
        total = school_overview.count_students(self.school)
        key = (
            self.tr("schoolsleutel {0}").format(self.school.identity.fingerprint)
            if self.school.identity
            else self.tr("nog geen schoolsleutel: geen handtekening telt")
        )
        target = self.school.target
        where = target.path.name if target.path is not None else target.label
        self.status.setText(
            self.tr("{0} van {1} leerlingen · {2} · {3}").format(
                self.model.total, total, where, key
            )
        )
        self.status.setToolTip(target.label)
        self.hint.setVisible(total == 0 or not self.model.total)

    def _id_at(self, index: Any) -> str:
        return str(self.model.data(index, SchoolOverviewModel.IdRole) or "")

    def selected_id(self) -> str:
        indexes = self.table.selectionModel().selectedRows()
        return self._id_at(indexes[0]) if indexes else ""

    def open_student(self, portfolio_id: str) -> None:
        if not portfolio_id:
            return
        from stageportfolio.ui.school.student_window import StudentWindow

        row = next((r for r in self.rows if r.portfolio_id == portfolio_id), None)
        try:
            view = school_overview.open_student(self.school, portfolio_id)
        except Exception as exc:  # a file the school kept but cannot open: say so
            QMessageBox.warning(self, self.tr("Leerling"), str(exc))
            return
        window = StudentWindow(view, row, self.school.identity)
        window.show()
        self.student_windows.append(window)

    # -- importing -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        if self.worker.is_busy():
            self.statusBar().showMessage(self.tr("Er loopt al een import; wacht even."), 5000)
            return
        school = self.school
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        def work(progress: Any) -> list[FileOutcome]:
            files = list(walk(paths))
            from stageportfolio.services.school_import import ListSource

            lists = ListSource(school.catalog)
            register = school.register_documents()
            outcomes = []
            for number, path in enumerate(files, start=1):
                progress(number - 1, len(files))
                outcomes.append(import_file(school, path, lists=lists, register=register))
            progress(len(files), len(files))
            return outcomes

        self.worker.start(work)

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _import_finished(self, outcomes: object) -> None:
        from stageportfolio.ui.school.results_dialog import ImportResultsDialog

        self.progress.setVisible(False)
        self.last_outcomes = list(outcomes)  # type: ignore[call-overload]
        self._fill_choices()
        self.refresh()
        self.results = ImportResultsDialog(self.last_outcomes, self)
        self.results.open()

    def _import_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        QMessageBox.warning(self, self.tr("Importeren"), message)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map met exports van leerlingen"))
        if folder:
            self.import_paths([Path(folder)])

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Exports van leerlingen"),
            "",
            self.tr("Portfolio's (*.zip *.pdf);;Alle bestanden (*)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    # -- class list and exports ----------------------------------------------------------------

    def import_class_list(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Klassenlijst uit Smartschool"),
                "",
                self.tr("Klassenlijsten (*.csv *.xlsx);;Alle bestanden (*)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            done = school_overview.import_class_list(self.school, path)
        except school_overview.ClassListError as exc:
            QMessageBox.warning(
                self,
                self.tr("Klassenlijst"),
                self.tr("{0}: geen bruikbare klassenlijst; er is niets veranderd.\n\n{1}").format(
                    exc.where, "\n".join(exc.lines(ui_language()))
                ),
            )
            return
        self._fill_choices()
        self.refresh()
        message = self.tr("Klassenlijst ingelezen: {0} leerlingen in {1} klassen.").format(
            done.members, len(done.classes)
        )
        if done.unmatched:
            message += " " + self.tr("Niet gevonden in de lijst: {0}.").format(
                ", ".join(done.unmatched)
            )
        self.statusBar().showMessage(message, 15000)

    def export_overview(self, kind: str, path: Path | None = None) -> None:
        filters = {
            "xlsx": self.tr("Excel-werkmap (*.xlsx)"),
            "csv": self.tr("CSV voor Excel (*.csv)"),
            "pdf": self.tr("Klasrapport (*.pdf)"),
        }
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Overzicht exporteren"), f"overzicht.{kind}", filters[kind]
            )
            if not name:
                return
            path = Path(name)
        contexts = self.school.catalog.contexts
        if kind == "xlsx":
            data = school_reports.overview_xlsx(self.rows_in_view(), contexts)
        elif kind == "csv":
            data = school_reports.overview_csv(self.rows_in_view(), contexts)
        else:
            name = self.school.identity.name if self.school.identity else self.tr("school")
            data = school_reports.class_report_pdf(
                self.rows_in_view(), contexts, school_name=name, filters=self.filters()
            )
        from stageportfolio.fileio import write_atomically

        try:
            write_atomically(path, data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Overzicht exporteren"),
                self.tr("{0} kan niet geschreven worden: {1}").format(path, exc.strerror),
            )
            return
        self.statusBar().showMessage(
            self.tr("{0} leerlingen geschreven naar {1}").format(self.model.total, path), 15000
        )

    def rows_in_view(self) -> list[OverviewRow]:
        """Every row the filters leave, in the order the table shows them (for the exports)."""
        return school_overview.overview(
            self.school, self.filters(), sort=self.sort_key, descending=self.descending
        )

    # -- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        for text, slot, shortcut in (
            (
                self.tr("Map met exports &importeren…"),
                self.choose_folder,
                QKeySequence.StandardKey.Open,
            ),
            (self.tr("Exports (&bestanden) importeren…"), self.choose_files, None),
            (
                self.tr("&Klassenlijst importeren (Smartschool)…"),
                lambda: self.import_class_list(),
                None,
            ),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        for text, kind in (
            (self.tr("Overzicht exporteren als &Excel (.xlsx)…"), "xlsx"),
            (self.tr("Overzicht exporteren als &CSV…"), "csv"),
            (self.tr("Klas&rapport (PDF)…"), "pdf"),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, k=kind: self.export_overview(k))
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        student_menu = bar.addMenu(self.tr("&Leerling"))
        open_action = QAction(self.tr("Portfolio &bekijken"), self)
        open_action.setShortcut(QKeySequence("Return"))
        open_action.triggered.connect(lambda: self.open_student(self.selected_id()))
        student_menu.addAction(open_action)
        mentor_menu = bar.addMenu(self.tr("&Mentoren"))
        vouch = QAction(self.tr("Mentorkaart &bevestigen…"), self)
        vouch.triggered.connect(self.mentors.vouch)
        mentor_menu.addAction(vouch)

    def closeEvent(self, event: Any) -> None:
        self.worker.cancel()
        self.worker.wait(10_000)
        for window in self.student_windows:
            window.close()
        super().closeEvent(event)
